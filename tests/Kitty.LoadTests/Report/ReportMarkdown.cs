using System.Text;

namespace Kitty.LoadTests.Report;

/// <summary>
/// A suite run as a Markdown section: the machine, the commands, a headline table with ratios to the baselines, the
/// charts, then every metric of every measurement. Appended to RESULTS.md; earlier sections are never touched.
/// </summary>
internal static class ReportMarkdown
{
    public static string Render(SuiteReport report)
    {
        var text = new StringBuilder();
        var common = RunGroups.Common(report.Groups);
        var runs = report.Groups.Sum(g => g.Runs.Count);
        text.AppendLine($"## {report.Title}").AppendLine();
        text.AppendLine($"{runs} runs in {report.Groups.Count} measurements. Each cell is the median over the repetitions, "
            + "[min–max] when they differ; a ratio divides Kitty's median by the baseline's from the same suite run "
            + "(deliveries/s: higher is better; latency: lower is better).");
        if (common.Count > 0) text.AppendLine().AppendLine($"Every run: {string.Join(", ", common.Select(p => $"{p.Key}={p.Value}"))}.");
        if (report.Groups.Any(g => g.AnyFailed))
            text.AppendLine().AppendLine("**Some runs failed their checks** (missing, duplicated or reordered deliveries, or errors): see the last column.");

        if (report.Machine.Count > 0)
        {
            text.AppendLine().AppendLine("Machine:").AppendLine();
            foreach (var line in report.Machine) text.AppendLine($"- {line}");
        }

        if (report.Commands.Count > 0)
        {
            text.AppendLine().AppendLine("Commands:").AppendLine().AppendLine("```");
            foreach (var line in report.Commands) text.AppendLine(line);
            text.AppendLine("```");
        }

        Headline(text, report, common);
        if (report.Charts.Count > 0)
        {
            text.AppendLine();
            foreach (var (title, link) in report.Charts) text.AppendLine($"![{title}]({link})").AppendLine();
        }

        foreach (var group in report.Groups) Details(text, report, group, common);
        return text.ToString();
    }

    private static void Headline(StringBuilder text, SuiteReport report, IReadOnlyDictionary<string, string> common)
    {
        var headline = report.Headline.Where(m => report.Groups.Any(g => g.Metrics.Contains(m))).ToList();
        var header = new List<string> { "scenario", "parameters", "runs" };
        foreach (var metric in headline)
        {
            header.AddRange(report.Targets.Select(t => $"{t} {metric}"));
            header.AddRange(report.Baselines.Select(b => $"{metric} {TargetOrder.Reference} / {b}"));
        }

        header.Add("checks");
        text.AppendLine().AppendLine("### Headline").AppendLine();
        Row(text, header);
        Row(text, header.Select((_, i) => i < 2 || i == header.Count - 1 ? "---" : "---:"));
        foreach (var group in report.Groups)
        {
            var cells = new List<string> { group.Scenario, RunGroups.Label(group, common), Counts(group, report.Targets) };
            foreach (var metric in headline)
            {
                cells.AddRange(report.Targets.Select(t => MetricFormat.Summary(group.Summary(t, metric))));
                cells.AddRange(report.Baselines.Select(b => MetricFormat.Ratio(group.Ratio(metric, TargetOrder.Reference, b))));
            }

            cells.Add(Checks(group));
            Row(text, cells);
        }
    }

    private static void Details(StringBuilder text, SuiteReport report, RunGroup group, IReadOnlyDictionary<string, string> common)
    {
        var targets = group.Targets;
        var baselines = targets.Contains(TargetOrder.Reference) ? report.Baselines.Where(targets.Contains).ToList() : [];
        text.AppendLine().AppendLine($"#### {group.Scenario} {RunGroups.Label(group, common)}".TrimEnd()).AppendLine();
        text.AppendLine($"Runs: {string.Join(", ", targets.Select(t => $"{t} {group.Count(t)}"))}; checks: {Checks(group)}.").AppendLine();
        List<string> header = ["metric", .. targets, .. baselines.Select(b => $"{TargetOrder.Reference} / {b}")];
        Row(text, header);
        Row(text, header.Select((_, i) => i == 0 ? "---" : "---:"));
        foreach (var metric in group.Metrics)
        {
            Row(text, [metric,
                .. targets.Select(t => MetricFormat.Summary(group.Summary(t, metric))),
                .. baselines.Select(b => MetricFormat.Ratio(group.Ratio(metric, TargetOrder.Reference, b)))]);
        }
    }

    private static string Counts(RunGroup group, IReadOnlyList<string> targets)
    {
        var counts = targets.Select(group.Count).Where(c => c > 0).Distinct().ToList();
        return counts.Count == 1 ? $"{counts[0]}" : string.Join("/", targets.Select(group.Count));
    }

    private static string Checks(RunGroup group) => group.AnyFailed
        ? "**FAILED** " + string.Join(", ", group.Targets.Where(t => group.Failed(t) > 0).Select(t => $"{t} {group.Failed(t)} of {group.Count(t)}"))
        : "passed";

    private static void Row(StringBuilder text, IEnumerable<string> cells) =>
        text.AppendLine("| " + string.Join(" | ", cells.Select(c => c.Replace("|", "\\|", StringComparison.Ordinal))) + " |");
}
