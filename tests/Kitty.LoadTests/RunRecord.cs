using System.Text.Json;

namespace Kitty.LoadTests;

/// <summary>
/// One measurement as a JSON line: what the suite script aggregates into RESULTS.md (medians, min, max, ratios
/// between targets) and charts. Every scenario writes its runs this way with <c>--json FILE</c>.
/// </summary>
/// <param name="Parameters">What the run was asked to do (sizes, rates); runs with equal parameters are repetitions.</param>
/// <param name="Metrics">What it measured, by name (deliveriesPerSecond, p99Ms, serverCores, …).</param>
/// <param name="Passed">Its checks held (counts, exactly once, no errors).</param>
internal sealed record RunRecord(
    string Scenario,
    string Target,
    DateTime At,
    IReadOnlyDictionary<string, string> Parameters,
    IReadOnlyDictionary<string, double> Metrics,
    bool Passed)
{
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web)
    {
        NumberHandling = System.Text.Json.Serialization.JsonNumberHandling.AllowNamedFloatingPointLiterals,
    };

    public async Task AppendToAsync(string? file)
    {
        if (file is null) return;
        await File.AppendAllTextAsync(file, JsonSerializer.Serialize(this, Json) + Environment.NewLine);
    }

    public static IEnumerable<RunRecord> ReadAll(string file) =>
        File.ReadLines(file).Where(l => l.Length > 0).Select(l => JsonSerializer.Deserialize<RunRecord>(l, Json)!);
}
