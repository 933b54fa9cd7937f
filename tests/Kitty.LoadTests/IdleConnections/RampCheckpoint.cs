namespace Kitty.LoadTests.IdleConnections;

/// <summary>Where the ramp stood when it passed a checkpoint.</summary>
/// <param name="ServerCpuSeconds">Server CPU time used since the ramp began.</param>
internal sealed record RampCheckpoint(int Held, TimeSpan Elapsed, int Errors, double ServerMemoryMiB, double ServerCpuSeconds, double ClientMemoryMiB)
{
    public double ConnectPerSecond => Held / Math.Max(Elapsed.TotalSeconds, 1e-9);

    public override string ToString() =>
        $"{Held,8:N0} held  {Elapsed.TotalSeconds,6:F1} s  {ConnectPerSecond,6:F0}/s  server {ServerMemoryMiB,7:F0} MiB {ServerCpuSeconds,6:F1} CPU-s  client {ClientMemoryMiB,7:F0} MiB  errors {Errors}";
}
