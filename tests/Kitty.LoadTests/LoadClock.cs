using System.Diagnostics;

namespace Kitty.LoadTests;

/// <summary>One monotonic clock for the whole run: senders and receivers live in this process.</summary>
internal static class LoadClock
{
    private static readonly long Origin = Stopwatch.GetTimestamp();

    /// <summary>Microseconds since the program started.</summary>
    public static long NowMicros => Stopwatch.GetElapsedTime(Origin).Ticks / 10;
}
