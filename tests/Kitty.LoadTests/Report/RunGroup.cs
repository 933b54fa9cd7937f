namespace Kitty.LoadTests.Report;

/// <summary>
/// The repetitions of one measurement (a scenario with the same parameters) on every target it ran against: what a row
/// of the report and a point of a chart summarize.
/// </summary>
internal sealed class RunGroup(string scenario, IReadOnlyDictionary<string, string> parameters, IReadOnlyList<RunRecord> runs)
{
    public string Scenario => scenario;

    public IReadOnlyDictionary<string, string> Parameters => parameters;

    public IReadOnlyList<RunRecord> Runs => runs;

    /// <summary>The targets in report order: Kitty first, then the baselines, then any other.</summary>
    public IReadOnlyList<string> Targets => TargetOrder.Sort(runs.Select(r => r.Target));

    /// <summary>Every metric some run reported, in the order the runs first name them.</summary>
    public IReadOnlyList<string> Metrics => [.. runs.SelectMany(r => r.Metrics.Keys).Distinct()];

    public static string KeyOf(string scenario, IReadOnlyDictionary<string, string> parameters) =>
        scenario + "|" + string.Join("|", parameters.OrderBy(p => p.Key, StringComparer.Ordinal).Select(p => p.Key + "=" + p.Value));

    public IEnumerable<RunRecord> Of(string target) => runs.Where(r => r.Target == target);

    public MetricSummary? Summary(string target, string metric) =>
        MetricSummary.Of(Of(target).Where(r => r.Metrics.ContainsKey(metric)).Select(r => r.Metrics[metric]));

    public int Count(string target) => Of(target).Count();

    public int Failed(string target) => Of(target).Count(r => !r.Passed);

    public bool AnyFailed => runs.Any(r => !r.Passed);

    /// <summary>
    /// <paramref name="target"/>'s median over <paramref name="baseline"/>'s: both from this group, so from the same suite
    /// run and the same parameters. Null when either is missing or the baseline's is zero.
    /// </summary>
    public double? Ratio(string metric, string target, string baseline)
    {
        var over = Summary(target, metric);
        var under = Summary(baseline, metric);
        return over is { } o && under is { Median: not 0 } u ? o.Median / u.Median : null;
    }
}
