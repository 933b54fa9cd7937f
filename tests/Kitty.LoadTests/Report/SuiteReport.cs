namespace Kitty.LoadTests.Report;

/// <summary>What one suite run's section of RESULTS.md says: its measurements and how they were taken.</summary>
/// <param name="Machine">Lines describing the machine and the build (the script's <c>machine.txt</c>).</param>
/// <param name="Commands">The commands that ran (the script's <c>commands.txt</c>).</param>
/// <param name="Charts">Each chart's title and its link relative to the Markdown file.</param>
/// <param name="Headline">The metrics of the summary table, with ratios to the baselines.</param>
internal sealed record SuiteReport(
    string Title,
    IReadOnlyList<RunGroup> Groups,
    IReadOnlyList<string> Machine,
    IReadOnlyList<string> Commands,
    IReadOnlyList<(string Title, string Link)> Charts,
    IReadOnlyList<string> Headline)
{
    public static IReadOnlyList<string> DefaultHeadline { get; } = ["deliveriesPerSecond", "p99Ms"];

    public IReadOnlyList<string> Targets => TargetOrder.Sort(Groups.SelectMany(g => g.Targets));

    /// <summary>The baselines Kitty ran beside in this suite run: one ratio column each.</summary>
    public IReadOnlyList<string> Baselines =>
        Targets.Contains(TargetOrder.Reference) ? [.. Targets.Where(TargetOrder.Baselines.Contains)] : [];
}
