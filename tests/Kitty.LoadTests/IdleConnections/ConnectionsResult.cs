using System.Globalization;
using System.Text;
using Kitty.LoadTests.Servers;

namespace Kitty.LoadTests.IdleConnections;

/// <summary>What a connections run reached and what holding the connections cost the server.</summary>
/// <param name="Held">Connections opened (the ramp's top).</param>
/// <param name="Drops">Connections that closed or started reconnecting after they connected, before the end.</param>
/// <param name="StillOpen">Connections still open at the end of the idle window.</param>
/// <param name="Idle">Server and client usage over the idle window at the top (keep-alives only).</param>
/// <param name="Sources">Each source address and how many sockets the kernel bound to it.</param>
/// <param name="ServerOpenFiles">The server's file descriptors at the end (about one per connection).</param>
internal sealed record ConnectionsResult(
    LoadOptions Options,
    string Target,
    int Held,
    TimeSpan Ramp,
    int Errors,
    string? LastError,
    int Drops,
    int StillOpen,
    ProcessUsage ServerBefore,
    ProcessUsage ClientBefore,
    UsageWindow Idle,
    IReadOnlyList<RampCheckpoint> Checkpoints,
    IReadOnlyList<(string Address, int Sockets)> Sources,
    int ServerOpenFiles)
{
    public bool ReachedTarget => Held == Options.Connections;

    public bool Passed => ReachedTarget && StillOpen == Held && Drops == 0 && !ServerExited;

    public double ConnectPerSecond => Held / Math.Max(Ramp.TotalSeconds, 1e-9);

    /// <summary>Server memory the connections added (RSS at the end of the idle window minus before the ramp), per connection.</summary>
    public double ServerKiBPerConnection => Held == 0 || ServerExited ? double.NaN : (Idle.ServerAfter.ResidentBytes - ServerBefore.ResidentBytes) / 1024.0 / Held;

    public double ServerMiBPerThousand => ServerKiBPerConnection * 1000 / 1024;

    public double ClientKiBPerConnection => Held == 0 ? 0 : (Idle.ClientAfter.ResidentBytes - ClientBefore.ResidentBytes) / 1024.0 / Held;

    public double RampServerCpuSeconds => ServerExited ? double.NaN : (Idle.ServerBefore.CpuTime - ServerBefore.CpuTime).TotalSeconds;

    public double IdleServerCores => ServerExited ? double.NaN : Idle.ServerCores;

    /// <summary>The server's process was gone by the end (its readings are all zero): it crashed or was killed; its per-connection figures are NaN.</summary>
    public bool ServerExited => ServerBefore.ResidentBytes > 0 && Idle.ServerAfter.ResidentBytes == 0;

    public string StopReason => (ServerExited ? "THE SERVER PROCESS EXITED; " : "") + (ReachedTarget
        ? $"reached {Options.Connections:N0}"
        : $"stopped at {Held:N0} of {Options.Connections:N0}: {Errors} failed attempts (more than --max-errors {Options.MaxErrors}), last: {LastError}");

    public string Report()
    {
        var shared = Idle.Shared ? " (server in this process: its figures include the clients')" : "";
        var report = new StringBuilder();
        report.AppendLine(CultureInfo.InvariantCulture, $"connections on {Target}: {StopReason}{shared}");
        report.AppendLine(CultureInfo.InvariantCulture, $"  ramp          {Held:N0} in {Ramp.TotalSeconds:F1} s = {ConnectPerSecond:F0}/s, server CPU {RampServerCpuSeconds:F1} s ({RampServerCpuSeconds * 1000 / Math.Max(Held, 1):F2} ms per connection)");
        report.AppendLine(CultureInfo.InvariantCulture, $"  server memory {ServerBefore.ResidentBytes / 1048576.0:F0} MiB before, {Idle.ServerMemoryMiB:F0} MiB held (peak {Idle.ServerPeakMemoryMiB:F0}): {ServerMiBPerThousand:F1} MiB per 1,000 = {ServerKiBPerConnection:F1} KiB per connection; {ServerOpenFiles:N0} open files");
        report.AppendLine(CultureInfo.InvariantCulture, $"  idle          {Idle.Wall.TotalSeconds:F0} s at the top: server {IdleServerCores:F3} cores busy, client {Idle.ClientCores:F3}");
        report.AppendLine(CultureInfo.InvariantCulture, $"  client memory {Idle.ClientAfter.ResidentBytes / 1048576.0:F0} MiB = {ClientKiBPerConnection:F1} KiB per connection");
        report.AppendLine(CultureInfo.InvariantCulture, $"  sources       {string.Join(", ", Sources.Select(s => $"{s.Address}: {s.Sockets:N0} sockets"))}");
        report.Append(CultureInfo.InvariantCulture, $"  check         {StillOpen:N0} of {Held:N0} still open, {Drops} dropped, {Errors} errors: {(Passed ? "PASS" : "FAIL")}");
        return report.ToString();
    }

    public RunRecord Record() => new(
        "connections",
        Target,
        DateTime.UtcNow,
        new Dictionary<string, string>
        {
            ["connections"] = Options.Connections.ToString(CultureInfo.InvariantCulture),
            ["sources"] = Options.Sources.ToString(CultureInfo.InvariantCulture),
            ["connectConcurrency"] = Options.ConnectConcurrency.ToString(CultureInfo.InvariantCulture),
            ["idleSeconds"] = Options.Idle.TotalSeconds.ToString(CultureInfo.InvariantCulture),
            ["protocol"] = Options.MessagePack ? "messagepack" : "json",
            ["serverCpus"] = Options.ServerCpus ?? "",
            ["hosting"] = Options.ServerProcess ? "process" : Options.SelfHost ? "in-process" : "remote",
        },
        new Dictionary<string, double>
        {
            ["connections"] = Held,
            ["stillOpen"] = StillOpen,
            ["drops"] = Drops,
            ["errors"] = Errors,
            ["rampSeconds"] = Ramp.TotalSeconds,
            ["connectPerSecond"] = ConnectPerSecond,
            ["rampServerCpuSeconds"] = RampServerCpuSeconds,
            ["serverMemoryBeforeMiB"] = ServerBefore.ResidentBytes / 1048576.0,
            ["serverMemoryMiB"] = Idle.ServerMemoryMiB,
            ["serverPeakMemoryMiB"] = Idle.ServerPeakMemoryMiB,
            ["serverKiBPerConnection"] = ServerKiBPerConnection,
            ["serverMiBPer1000"] = ServerMiBPerThousand,
            ["idleServerCores"] = IdleServerCores,
            ["idleClientCores"] = Idle.ClientCores,
            ["clientMemoryMiB"] = Idle.ClientAfter.ResidentBytes / 1048576.0,
            ["clientKiBPerConnection"] = ClientKiBPerConnection,
            ["serverOpenFiles"] = ServerOpenFiles,
            ["serverExited"] = ServerExited ? 1 : 0,
        },
        Passed);

    public const string TableHeader = """
        | target | asked | held | sources | connect/s | server MiB before → held | MiB / 1,000 | KiB / conn | ramp server CPU-s | idle server cores | client KiB / conn | open at end | errors | stopped |
        | --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | --- |
        """;

    public string TableRow() => string.Create(CultureInfo.InvariantCulture,
        $"| {Target} | {Options.Connections:N0} | {Held:N0} | {Options.Sources} | {ConnectPerSecond:F0} | {ServerBefore.ResidentBytes / 1048576.0:F0} → {Idle.ServerMemoryMiB:F0} | {ServerMiBPerThousand:F1} | {ServerKiBPerConnection:F1} | {RampServerCpuSeconds:F1} | {IdleServerCores:F3} | {ClientKiBPerConnection:F1} | {StillOpen:N0} | {Errors} | {(ReachedTarget ? "reached" : LastError)} |");
}
