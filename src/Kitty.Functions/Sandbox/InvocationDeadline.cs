using System.Diagnostics;

namespace Kitty.Functions.Sandbox;

/// <summary>When an invocation's time is up (a <see cref="Stopwatch"/> timestamp), and its caller's cancellation.</summary>
internal readonly record struct InvocationDeadline(long ExpiresAt, CancellationToken Cancellation)
{
    public TimeSpan TimeLeft => Stopwatch.GetElapsedTime(Stopwatch.GetTimestamp(), ExpiresAt);
}
