using System.Globalization;
using Kitty.Testing.Cluster;

namespace Kitty.EndToEnd.Tests.Cluster;

/// <summary>
/// Reads a node's single-line console log for failures: error and critical entries (a 500, a failed hub call or
/// connection, a failed event forward, a crashed background service) and anything printed about an unhandled exception.
/// </summary>
internal static class NodeLogProblems
{
    /// <summary>The failures of the node itself: entries of Kitty, ASP.NET Core, hosting, and every other library but Orleans.</summary>
    public static IReadOnlyList<string> Find(NodeProcess node) =>
        [.. Failures(node).Where(line => !IsOrleansRuntime(line) || line.Contains("Unhandled exception", StringComparison.OrdinalIgnoreCase))];

    /// <summary>
    /// Orleans' own errors: while a dead silo is being detected it logs what it then retries or drops by design (stream
    /// deliveries to the dead node's consumers, reads of the stream queues it held, placement retries).
    /// </summary>
    public static IReadOnlyList<string> FindRuntimeErrors(NodeProcess node) => [.. Failures(node).Where(IsOrleansRuntime)];

    /// <summary>Realtime events a node gave up publishing (clients only catch them up at the next event of the stream).</summary>
    public static int CountUnpublishedEvents(NodeProcess node) =>
        node.ReadLog().Count(line => line.Contains("Could not publish", StringComparison.Ordinal));

    private static IEnumerable<string> Failures(NodeProcess node) =>
        node.ReadLog().Select(WithoutTime).Where(line =>
            line.StartsWith("fail:", StringComparison.Ordinal) ||
            line.StartsWith("crit:", StringComparison.Ordinal) ||
            line.Contains("Unhandled exception", StringComparison.OrdinalIgnoreCase));

    // Orleans' categories, its placement resilience pipeline (Polly), and its memory stream adapter, which logs through
    // a plain ILogger.
    private static bool IsOrleansRuntime(string line) =>
        line.StartsWith("fail: Orleans.", StringComparison.Ordinal) ||
        line.StartsWith("fail: Polly[", StringComparison.Ordinal) ||
        (line.StartsWith("fail: Microsoft.Extensions.Logging.ILogger[", StringComparison.Ordinal) && line.Contains("MemoryAdapterFactory", StringComparison.Ordinal));

    // Entries start with the time of day (HH:mm:ss.fff) when the node was told to print it.
    private static string WithoutTime(string line) =>
        line.Length > 13 && line[2] == ':' && line[5] == ':' && line[12] == ' ' ? line[13..] : line;
}
