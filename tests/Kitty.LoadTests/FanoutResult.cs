using System.Globalization;
using Kitty.LoadTests.Servers;

namespace Kitty.LoadTests;

/// <summary>The measurements of one room run and how they read.</summary>
internal sealed record FanoutResult(
    LoadOptions Options,
    string Target,
    string Server,
    TimeSpan ConnectTime,
    TimeSpan SendTime,
    TimeSpan WallTime,
    long Deliveries,
    long Expected,
    Percentiles Latency,
    int SendErrors,
    int RateLimitRetries,
    int DispatchFailures,
    int Reconnects,
    int IncompleteSessions,
    int Duplicates,
    int OutOfOrder,
    int Misrouted,
    UsageWindow Usage)
{
    public const string TableHeader = """
        | date (UTC) | scenario | target | protocol | rooms | sessions | messages | senders | rate (msg/s) | deliveries/s | p50 ms | p95 ms | p99 ms | max ms | server cores | server µs/delivery | server MiB | errors | exactly once, in order |
        | --- | --- | --- | --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | --- |
        """;

    public double DeliveriesPerSecond => Deliveries / Math.Max(WallTime.TotalSeconds, 1e-9);

    public int Errors => SendErrors + DispatchFailures;

    public bool ExactlyOnceInOrder =>
        Deliveries == Expected && IncompleteSessions == 0 && Duplicates == 0 && OutOfOrder == 0 && Misrouted == 0;

    public bool Passed => ExactlyOnceInOrder && Errors == 0;

    /// <summary>
    /// Server CPU per delivered message: what the server spends whichever side saturates first (on two cores the load
    /// generator often does), so it compares targets even when the clients set the rate.
    /// </summary>
    public double ServerMicrosPerDelivery => Usage.ServerCores * 1e6 / Math.Max(DeliveriesPerSecond, 1e-9);

    public string Protocol => Options.MessagePack ? "MessagePack" : "JSON";

    public string Report() => string.Create(CultureInfo.InvariantCulture, $"""
        {Options.Scenario} on {Target} at {Server} ({Protocol}): {Options.Rooms} rooms, {Options.Sessions} sessions, {Options.Messages} messages, {Options.Senders} senders, rate {RateText}
          connect   {Options.Sessions} sessions in {ConnectTime.TotalSeconds:F1} s
          send      {Options.Messages} messages in {SendTime.TotalSeconds:F2} s ({Options.Messages / Math.Max(SendTime.TotalSeconds, 1e-9):F0} msg/s); send errors {SendErrors}, rate-limit retries {RateLimitRetries}
          deliver   {Deliveries} of {Expected} in {WallTime.TotalSeconds:F2} s = {DeliveriesPerSecond:F0} deliveries/s
          latency   p50 {Latency.At(50):F1} ms, p95 {Latency.At(95):F1} ms, p99 {Latency.At(99):F1} ms, max {Latency.Max:F1} ms
          check     {(ExactlyOnceInOrder ? "every session got every message of its room exactly once, in seq order" : $"FAILED: {IncompleteSessions} incomplete sessions, {Duplicates} duplicates, {OutOfOrder} out of order, {Misrouted} from another room")}
          usage     server {UsageText}; load generator {Usage.ClientCores:F2} cores
          other     dispatch failures {DispatchFailures}, reconnects {Reconnects}
        """);

    public string TableRow() => string.Create(CultureInfo.InvariantCulture,
        $"| {DateTime.UtcNow:yyyy-MM-dd HH:mm} | {Options.Scenario} | {Target} | {Protocol} | {Options.Rooms} | {Options.Sessions} | {Options.Messages} | {Options.Senders} | {RateText} | {DeliveriesPerSecond:F0} | {Latency.At(50):F1} | {Latency.At(95):F1} | {Latency.At(99):F1} | {Latency.Max:F1} | {Usage.ServerCores:F2}{(Usage.Shared ? "*" : "")} | {ServerMicrosPerDelivery:F1} | {Usage.ServerMemoryMiB:F0} | {Errors} | {(ExactlyOnceInOrder ? "yes" : "NO")} |");

    /// <summary>The run as the suite script reads it.</summary>
    public RunRecord Record() => new(
        Options.Scenario,
        Target,
        DateTime.UtcNow,
        new Dictionary<string, string>
        {
            ["protocol"] = Protocol,
            ["rooms"] = Inv(Options.Rooms),
            ["sessions"] = Inv(Options.Sessions),
            ["messages"] = Inv(Options.Messages),
            ["senders"] = Inv(Options.Senders),
            ["rate"] = RateText,
            ["serverSharesProcess"] = Usage.Shared ? "yes" : "no",
        },
        new Dictionary<string, double>
        {
            ["deliveriesPerSecond"] = DeliveriesPerSecond,
            ["sendsPerSecond"] = Options.Messages / Math.Max(SendTime.TotalSeconds, 1e-9),
            ["p50Ms"] = Latency.At(50),
            ["p95Ms"] = Latency.At(95),
            ["p99Ms"] = Latency.At(99),
            ["maxMs"] = Latency.Max,
            ["errors"] = Errors,
            ["connectSeconds"] = ConnectTime.TotalSeconds,
            ["serverCores"] = Usage.ServerCores,
            ["serverMicrosPerDelivery"] = ServerMicrosPerDelivery,
            ["serverMemoryMiB"] = Usage.ServerMemoryMiB,
            ["serverPeakMemoryMiB"] = Usage.ServerPeakMemoryMiB,
            ["clientCores"] = Usage.ClientCores,
        },
        Passed);

    private string UsageText => Usage.Shared
        ? string.Create(CultureInfo.InvariantCulture, $"shares this process: {Usage.ServerCores:F2} cores, {Usage.ServerMemoryMiB:F0} MiB (peak {Usage.ServerPeakMemoryMiB:F0}) with the clients'")
        : string.Create(CultureInfo.InvariantCulture, $"{Usage.ServerCores:F2} cores = {ServerMicrosPerDelivery:F1} µs a delivery, {Usage.ServerMemoryMiB:F0} MiB (peak {Usage.ServerPeakMemoryMiB:F0})");

    private string RateText => Options.Rate > 0 ? Options.Rate.ToString("0.##", CultureInfo.InvariantCulture) : "max";

    private static string Inv(int value) => value.ToString(CultureInfo.InvariantCulture);
}
