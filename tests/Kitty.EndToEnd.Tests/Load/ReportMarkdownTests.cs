using Kitty.LoadTests.Report;
using static Kitty.EndToEnd.Tests.Load.ReportRuns;

namespace Kitty.EndToEnd.Tests.Load;

/// <summary>The Markdown section a suite run appends to RESULTS.md.</summary>
public sealed class ReportMarkdownTests
{
    private static SuiteReport Report(params Kitty.LoadTests.RunRecord[] runs) =>
        new("Suite run", RunGroups.Of(runs), ["cores: 2"], ["run-suite.sh --quick"], [("deliveries", "charts/x.png")], SuiteReport.DefaultHeadline);

    [Fact]
    public void Render_HeadlineRow_HasMediansWithSpreadAndRatiosToEachBaseline()
    {
        var markdown = ReportMarkdown.Render(Report(
            Run("fanout", "kitty", 1000, 30), Run("fanout", "kitty", 3000, 50), Run("fanout", "kitty", 2000, 40),
            Run("fanout", "signalr", 4000, 10), Run("fanout", "socketio", 2000, 20)));

        var row = markdown.Split('\n').Single(l => l.StartsWith("| fanout |", StringComparison.Ordinal));
        Assert.Equal("| fanout |  | 3/1/1 | 2,000 [1,000–3,000] | 4,000 | 2,000 | 0.50× | 1.00× | 40.0 [30.0–50.0] | 10.0 | 20.0 | 4.00× | 2.00× | passed |", row);
        Assert.Contains("| p99Ms kitty / signalr | p99Ms kitty / socketio |", markdown, StringComparison.Ordinal);
    }

    [Fact]
    public void Render_SaysTheMachineCommandsAndCharts()
    {
        var markdown = ReportMarkdown.Render(Report(Run("fanout", "kitty", 1000, 30)));

        Assert.StartsWith("## Suite run\n", markdown.ReplaceLineEndings("\n"), StringComparison.Ordinal);
        Assert.Contains("- cores: 2", markdown, StringComparison.Ordinal);
        Assert.Contains("run-suite.sh --quick", markdown, StringComparison.Ordinal);
        Assert.Contains("![deliveries](charts/x.png)", markdown, StringComparison.Ordinal);
    }

    [Fact]
    public void Render_FailedRepetitions_AreFlaggedInTheirRow()
    {
        var markdown = ReportMarkdown.Render(Report(
            Run("fanout", "kitty", 1000, 30), Run("fanout", "socketio", 1000, 30, passed: false), Run("fanout", "socketio", 1000, 30)));

        Assert.Contains("| **FAILED** socketio 1 of 2 |", markdown, StringComparison.Ordinal);
        Assert.Contains("**Some runs failed their checks**", markdown, StringComparison.Ordinal);
    }

    [Fact]
    public void Render_OtherScenariosMetrics_GetTheirOwnRows_WithoutRatiosWhenKittyRanAlone()
    {
        var grains = new Kitty.LoadTests.RunRecord("grains", "kitty", DateTime.UtcNow, new Dictionary<string, string> { ["grains"] = "1000" },
            new Dictionary<string, double> { ["activationsPerSecond"] = 12_345.6 }, true);

        var markdown = ReportMarkdown.Render(Report(grains));

        Assert.Contains("| activationsPerSecond | 12,346 |", markdown, StringComparison.Ordinal);
        Assert.DoesNotContain("kitty / signalr", markdown, StringComparison.Ordinal);
    }
}
