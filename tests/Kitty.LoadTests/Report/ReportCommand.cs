namespace Kitty.LoadTests.Report;

/// <summary>
/// Turns the JSON lines of a suite run (run-suite.sh) into a Markdown section with medians, spreads and ratios to the
/// baselines, and PNG charts of latency against load and of deliveries/s.
/// </summary>
internal static class ReportCommand
{
    public static async Task<int> RunAsync(IReadOnlyList<string> args)
    {
        if (args.Contains("--help") || args.Contains("-h"))
        {
            Console.WriteLine(ReportOptions.Usage);
            return 0;
        }

        ReportOptions options;
        try
        {
            options = ReportOptions.Parse(args);
        }
        catch (ArgumentException e)
        {
            Console.Error.WriteLine(e.Message);
            Console.Error.WriteLine(ReportOptions.Usage);
            return 2;
        }

        var records = RunRecord.ReadAll(options.Input).ToList();
        if (records.Count == 0)
        {
            Console.Error.WriteLine($"{options.Input} holds no runs");
            return 1;
        }

        var report = Build(options, records);
        var section = ReportMarkdown.Render(report);
        Console.WriteLine(section);
        if (options.Markdown is { } markdown)
        {
            // A blank line first: the section must not run into the last table of the file.
            await File.AppendAllTextAsync(markdown, Environment.NewLine + section);
            Console.Error.WriteLine($"Appended to {markdown}; charts in {options.ChartDirectory}");
        }

        return 0;
    }

    public static SuiteReport Build(ReportOptions options, IReadOnlyList<RunRecord> records)
    {
        var groups = RunGroups.Of(records);
        var title = options.Title ?? $"Suite run {records.Min(r => r.At):yyyy-MM-dd HH:mm} UTC ({Path.GetFileName(options.Input)})";
        var charts = Charts(options, groups);
        return new SuiteReport(title, groups, Lines(options.MachineFile), Lines(options.CommandsFile), charts, options.Headline);
    }

    private static List<(string Title, string Link)> Charts(ReportOptions options, IReadOnlyList<RunGroup> groups)
    {
        Directory.CreateDirectory(options.ChartDirectory);
        var targets = TargetOrder.Sort(groups.SelectMany(g => g.Targets));
        var charts = new List<(string, string)>();
        var sweeps = LoadSweep.Find(groups, options.SweepParameter);
        for (var i = 0; i < sweeps.Count; i++)
        {
            var sweep = sweeps[i];
            var title = $"{sweep.Scenario}: latency against offered load";
            var file = Path.Combine(options.ChartDirectory, $"{options.Stem}-{sweep.Scenario}-latency{(i == 0 ? "" : $"-{i + 1}")}.png");
            ReportCharts.LatencyAgainstLoad(sweep, targets, file, title);
            charts.Add((title, Link(options, file)));
        }

        var bars = BarCategories(groups, options.BarMetric);
        if (bars.Count > 0)
        {
            var title = $"{options.BarMetric} per measurement and target";
            var file = Path.Combine(options.ChartDirectory, $"{options.Stem}-{options.BarMetric}.png");
            ReportCharts.Bars(bars, targets, options.BarMetric, file, title);
            charts.Add((title, Link(options, file)));
        }

        return charts;
    }

    /// <summary>Each measurement with the metric, named by its scenario and what sets it apart from the scenario's others.</summary>
    public static IReadOnlyList<(string Label, RunGroup Group)> BarCategories(IReadOnlyList<RunGroup> groups, string metric)
    {
        var withMetric = groups.Where(g => g.Metrics.Contains(metric)).ToList();
        return [.. withMetric.Select(g =>
        {
            var common = RunGroups.Common([.. withMetric.Where(o => o.Scenario == g.Scenario)]);
            var differing = g.Parameters.Where(p => !common.ContainsKey(p.Key) && !LoadSweep.ScalesWithLoad.Contains(p.Key));
            // Two lines: side by side the labels of neighbouring bars run into each other.
            return ($"{g.Scenario}\n{string.Join(" ", differing.Select(p => $"{p.Key}={p.Value}"))}".TrimEnd(), g);
        })];
    }

    private static string Link(ReportOptions options, string file)
    {
        var from = Path.GetDirectoryName(Path.GetFullPath(options.Markdown ?? options.Input))!;
        return Path.GetRelativePath(from, Path.GetFullPath(file)).Replace('\\', '/');
    }

    private static string[] Lines(string? file) => file is null ? [] : [.. File.ReadAllLines(file).Where(l => l.Length > 0)];
}
