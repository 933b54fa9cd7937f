using System.Diagnostics;

namespace Kitty.LoadTests;

/// <summary>
/// N callers each calling as soon as their last call answered, for a warm-up and then a measured duration.
/// A call answers whether it succeeded; its number counts up per caller.
/// </summary>
internal static class ClosedLoop
{
    /// <param name="measuring">Called between the warm-up and the measured part (e.g. to read the server's usage).</param>
    public static async Task<ClosedLoopResult> RunAsync(int callers, TimeSpan warmup, TimeSpan duration, Func<int, Task<bool>> call, Action? measuring = null)
    {
        var warmed = await Task.WhenAll(Enumerable.Range(0, callers).Select(_ => Task.Run(() => Loop(warmup, call))));
        measuring?.Invoke();
        var wall = Stopwatch.StartNew();
        var measured = await Task.WhenAll(Enumerable.Range(0, callers).Select(_ => Task.Run(() => Loop(duration, call))));
        wall.Stop();
        return new ClosedLoopResult(
            new Percentiles(measured.SelectMany(m => m.Latencies)),
            wall.Elapsed,
            measured.Sum(m => m.Failures),
            warmed.Sum(w => w.Latencies.Count));
    }

    private static async Task<(List<double> Latencies, int Failures)> Loop(TimeSpan duration, Func<int, Task<bool>> call)
    {
        var latencies = new List<double>(capacity: 100_000);
        var failures = 0;
        var until = Stopwatch.GetTimestamp() + (long)(duration.TotalSeconds * Stopwatch.Frequency);
        var n = 0;
        while (Stopwatch.GetTimestamp() < until)
        {
            var started = Stopwatch.GetTimestamp();
            var succeeded = await call(n++);
            latencies.Add(Stopwatch.GetElapsedTime(started).TotalMilliseconds);
            if (!succeeded) failures++;
        }

        return (latencies, failures);
    }
}

/// <param name="Latencies">Milliseconds per call, measured part only.</param>
/// <param name="Wall">Wall time of the measured part.</param>
/// <param name="Failures">Calls that answered unsuccessfully in the measured part.</param>
/// <param name="WarmupCalls">Calls made during the warm-up.</param>
internal sealed record ClosedLoopResult(Percentiles Latencies, TimeSpan Wall, int Failures, int WarmupCalls)
{
    public double PerSecond => Latencies.Count / Wall.TotalSeconds;
}
