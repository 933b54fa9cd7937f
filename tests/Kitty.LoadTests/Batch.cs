using System.Diagnostics;

namespace Kitty.LoadTests;

/// <summary>
/// A fixed amount of work (create N users, activate N grains) done by C workers that each take the next item as soon
/// as their last one answered: how long the whole batch took and each item's latency.
/// </summary>
internal static class Batch
{
    public static async Task<BatchResult> RunAsync(int count, int concurrency, Func<int, Task<bool>> item)
    {
        var next = -1;
        var failures = 0;
        var latencies = new double[count];
        var wall = Stopwatch.StartNew();
        await Task.WhenAll(Enumerable.Range(0, Math.Min(concurrency, Math.Max(count, 1))).Select(_ => Task.Run(async () =>
        {
            for (var i = Interlocked.Increment(ref next); i < count; i = Interlocked.Increment(ref next))
            {
                var started = Stopwatch.GetTimestamp();
                if (!await item(i)) Interlocked.Increment(ref failures);
                latencies[i] = Stopwatch.GetElapsedTime(started).TotalMilliseconds;
            }
        })));
        wall.Stop();
        return new BatchResult(new Percentiles(latencies), wall.Elapsed, failures);
    }
}

/// <param name="Latencies">Milliseconds per item.</param>
/// <param name="Wall">The whole batch.</param>
/// <param name="Failures">Items that answered unsuccessfully.</param>
internal sealed record BatchResult(Percentiles Latencies, TimeSpan Wall, int Failures)
{
    public double PerSecond => Latencies.Count / Math.Max(Wall.TotalSeconds, 1e-9);
}
