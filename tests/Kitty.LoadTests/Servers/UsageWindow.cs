namespace Kitty.LoadTests.Servers;

/// <summary>Server and load-generator CPU and memory over a measurement window.</summary>
/// <param name="Shared">The server runs in the load generator's process, so its figures include the clients'.</param>
internal sealed record UsageWindow(ProcessUsage ServerBefore, ProcessUsage ServerAfter, ProcessUsage ClientBefore, ProcessUsage ClientAfter, TimeSpan Wall, bool Shared)
{
    public double ServerCores => ProcessUsage.CoresBusy(ServerBefore, ServerAfter, Wall);
    public double ClientCores => ProcessUsage.CoresBusy(ClientBefore, ClientAfter, Wall);
    public double ServerMemoryMiB => ServerAfter.ResidentBytes / 1048576.0;
    public double ServerPeakMemoryMiB => ServerAfter.PeakResidentBytes / 1048576.0;
}
