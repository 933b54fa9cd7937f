using System.Globalization;
using Kitty.LoadTests;

namespace Kitty.EndToEnd.Tests.Load;

/// <summary>Run records as the load program writes them, made up for the report's tests.</summary>
internal static class ReportRuns
{
    public static RunRecord Run(string scenario, string target, double deliveries, double p99, bool passed = true, string rate = "max", string messages = "300") =>
        new(scenario, target, new DateTime(2026, 11, 25, 9, 0, 0, DateTimeKind.Utc),
            new Dictionary<string, string> { ["rooms"] = "1", ["rate"] = rate, ["messages"] = messages, ["protocol"] = "JSON" },
            new Dictionary<string, double> { ["deliveriesPerSecond"] = deliveries, ["p50Ms"] = p99 / 4, ["p99Ms"] = p99 },
            passed);

    /// <summary>The rooms scenario at <paramref name="rate"/> for a fixed time: the message count scales with the rate.</summary>
    public static RunRecord Swept(string target, int rate, double p99) =>
        Run("rooms", target, rate * 10, p99, rate: rate.ToString(CultureInfo.InvariantCulture), messages: (rate * 30).ToString(CultureInfo.InvariantCulture));
}
