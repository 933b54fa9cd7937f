using System.Globalization;

namespace Kitty.LoadTests.Report;

/// <summary>
/// Measurements of one scenario that differ only in the offered load (and in what follows from it, such as the message
/// count of a fixed-length run): the points of a latency-against-load chart.
/// </summary>
internal sealed record LoadSweep(string Scenario, string Parameter, IReadOnlyList<(double Load, RunGroup Group)> Points)
{
    /// <summary>Parameters that may change with the load within one sweep: a sweep runs for a fixed time, so its message count scales.</summary>
    public static IReadOnlySet<string> ScalesWithLoad { get; } = new HashSet<string>(StringComparer.Ordinal) { "messages" };

    public IReadOnlyList<string> Targets => TargetOrder.Sort(Points.SelectMany(p => p.Group.Targets));

    /// <summary>Every family of at least two loads, in the order of the groups; runs whose load is not a number ("max") are no point.</summary>
    public static IReadOnlyList<LoadSweep> Find(IReadOnlyList<RunGroup> groups, string parameter)
    {
        var sweeps = new List<LoadSweep>();
        foreach (var family in groups
            .Where(g => Load(g, parameter) is not null)
            .GroupBy(g => RunGroup.KeyOf(g.Scenario, Fixed(g, parameter))))
        {
            var points = family.Select(g => (Load: Load(g, parameter)!.Value, Group: g)).OrderBy(p => p.Load).ToList();
            if (points.Select(p => p.Load).Distinct().Count() >= 2)
                sweeps.Add(new LoadSweep(family.First().Scenario, parameter, points));
        }

        return sweeps;
    }

    /// <summary>The medians of <paramref name="metric"/> on <paramref name="target"/> at each load it was measured at.</summary>
    public IReadOnlyList<(double Load, MetricSummary Summary)> Series(string target, string metric) =>
        [.. Points.Select(p => (p.Load, Summary: p.Group.Summary(target, metric))).Where(p => p.Summary is not null).Select(p => (p.Load, p.Summary!.Value))];

    private static double? Load(RunGroup group, string parameter) =>
        group.Parameters.TryGetValue(parameter, out var text)
        && double.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out var load) ? load : null;

    private static Dictionary<string, string> Fixed(RunGroup group, string parameter) =>
        group.Parameters.Where(p => p.Key != parameter && !ScalesWithLoad.Contains(p.Key)).ToDictionary(p => p.Key, p => p.Value);
}
