using System.Globalization;

namespace Kitty.LoadTests;

/// <summary>The measurements of one fanout run and how they read.</summary>
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
    int OutOfOrder)
{
    public const string TableHeader = """
        | date (UTC) | target | server | protocol | sessions | messages | senders | rate (msg/s) | deliveries/s | p50 ms | p95 ms | p99 ms | max ms | errors | exactly once, in order |
        | --- | --- | --- | --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | --- |
        """;

    public double DeliveriesPerSecond => Deliveries / Math.Max(WallTime.TotalSeconds, 1e-9);

    public int Errors => SendErrors + DispatchFailures;

    public bool ExactlyOnceInOrder => Deliveries == Expected && IncompleteSessions == 0 && Duplicates == 0 && OutOfOrder == 0;

    public string Protocol => Options.MessagePack ? "MessagePack" : "JSON";

    public string Report() => string.Create(CultureInfo.InvariantCulture, $"""
        Fanout on {Target} at {Server} ({Protocol}): {Options.Sessions} sessions, {Options.Messages} messages, {Options.Senders} senders, rate {RateText}
          connect   {Options.Sessions} sessions in {ConnectTime.TotalSeconds:F1} s
          send      {Options.Messages} messages in {SendTime.TotalSeconds:F2} s ({Options.Messages / Math.Max(SendTime.TotalSeconds, 1e-9):F0} msg/s); send errors {SendErrors}, rate-limit retries {RateLimitRetries}
          deliver   {Deliveries} of {Expected} in {WallTime.TotalSeconds:F2} s = {DeliveriesPerSecond:F0} deliveries/s
          latency   p50 {Latency.At(50):F1} ms, p95 {Latency.At(95):F1} ms, p99 {Latency.At(99):F1} ms, max {Latency.Max:F1} ms
          check     {(ExactlyOnceInOrder ? "every session got every message exactly once, in seq order" : $"FAILED: {IncompleteSessions} incomplete sessions, {Duplicates} duplicates, {OutOfOrder} out of order")}
          other     dispatch failures {DispatchFailures}, reconnects {Reconnects}
        """);

    public string TableRow() => string.Create(CultureInfo.InvariantCulture,
        $"| {DateTime.UtcNow:yyyy-MM-dd HH:mm} | {Target} | {Server} | {Protocol} | {Options.Sessions} | {Options.Messages} | {Options.Senders} | {RateText} | {DeliveriesPerSecond:F0} | {Latency.At(50):F1} | {Latency.At(95):F1} | {Latency.At(99):F1} | {Latency.Max:F1} | {Errors} | {(ExactlyOnceInOrder ? "yes" : "NO")} |");

    private string RateText => Options.Rate > 0 ? Options.Rate.ToString("0.##", CultureInfo.InvariantCulture) : "max";
}
