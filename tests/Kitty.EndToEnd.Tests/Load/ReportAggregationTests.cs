using Kitty.LoadTests;
using Kitty.LoadTests.Report;
using static Kitty.EndToEnd.Tests.Load.ReportRuns;

namespace Kitty.EndToEnd.Tests.Load;

/// <summary>How the suite report summarizes repetitions: medians, spreads, ratios between targets, failed runs.</summary>
public sealed class ReportAggregationTests
{
    [Fact]
    public void Summary_OddCount_IsTheMiddleValueWithMinAndMax()
    {
        Assert.Equal(new MetricSummary(2, 1, 7, 3), MetricSummary.Of([7, 1, 2]));
    }

    [Fact]
    public void Summary_EvenCount_AveragesTheTwoMiddleValues()
    {
        Assert.Equal(new MetricSummary(2.5, 1, 10, 4), MetricSummary.Of([10, 2, 3, 1]));
    }

    [Fact]
    public void Summary_IgnoresNaN_AndIsNullWithoutValues()
    {
        Assert.Equal(new MetricSummary(5, 5, 5, 1), MetricSummary.Of([double.NaN, 5]));
        Assert.Null(MetricSummary.Of([double.NaN]));
        Assert.Null(MetricSummary.Of([]));
    }

    [Fact]
    public void Groups_SameScenarioAndParameters_AreRepetitions_InFirstRunOrder()
    {
        var reordered = Run("fanout", "kitty", 3, 30) with
        {
            Parameters = new Dictionary<string, string> { ["protocol"] = "JSON", ["messages"] = "300", ["rate"] = "max", ["rooms"] = "1" },
        };
        var groups = RunGroups.Of([Run("bigroom", "kitty", 1, 10), Run("fanout", "kitty", 2, 20), reordered, Run("fanout", "kitty", 4, 40, messages: "100")]);

        Assert.Equal(["bigroom", "fanout", "fanout"], groups.Select(g => g.Scenario));
        Assert.Equal(2, groups[1].Count("kitty"));
        Assert.Equal(new MetricSummary(2.5, 2, 3, 2), groups[1].Summary("kitty", "deliveriesPerSecond"));
        Assert.Equal("100", groups[2].Parameters["messages"]);
    }

    [Fact]
    public void Ratio_DividesKittysMedianByTheBaselines()
    {
        var group = RunGroups.Of([
            Run("fanout", "signalr", 4000, 10), Run("fanout", "kitty", 1000, 30), Run("fanout", "socketio", 2000, 10),
            Run("fanout", "kitty", 3000, 50), Run("fanout", "signalr", 4000, 10), Run("fanout", "kitty", 2000, 40)]).Single();

        Assert.Equal(["kitty", "signalr", "socketio"], group.Targets);
        Assert.Equal(0.5, group.Ratio("deliveriesPerSecond", "kitty", "signalr"));
        Assert.Equal(1.0, group.Ratio("deliveriesPerSecond", "kitty", "socketio"));
        Assert.Equal(4.0, group.Ratio("p99Ms", "kitty", "signalr"));
    }

    [Fact]
    public void Ratio_WithoutTheBaselineOrAgainstZero_IsNull()
    {
        var group = RunGroups.Of([Run("fanout", "kitty", 1000, 30), Run("fanout", "signalr", 0, 10)]).Single();

        Assert.Null(group.Ratio("deliveriesPerSecond", "kitty", "signalr"));
        Assert.Null(group.Ratio("deliveriesPerSecond", "kitty", "socketio"));
        Assert.Null(group.Ratio("noSuchMetric", "kitty", "signalr"));
    }

    [Fact]
    public void Failed_CountsTheRepetitionsThatFailedTheirChecks_PerTarget()
    {
        var group = RunGroups.Of([
            Run("fanout", "kitty", 1, 1), Run("fanout", "kitty", 1, 1, passed: false), Run("fanout", "socketio", 1, 1)]).Single();

        Assert.True(group.AnyFailed);
        Assert.Equal((1, 0), (group.Failed("kitty"), group.Failed("socketio")));
    }

    [Fact]
    public void Common_IsWhatEveryGroupShares_AndLabelsShowTheRest()
    {
        var groups = RunGroups.Of([Run("fanout", "kitty", 1, 1), Run("fanout", "kitty", 1, 1, messages: "100")]);
        var common = RunGroups.Common(groups);

        Assert.Equal(["rooms", "rate", "protocol"], common.Keys);
        Assert.Equal("messages=100", RunGroups.Label(groups[1], common));
    }

    [Fact]
    public void Sweep_GroupsOfOneScenarioDifferingOnlyInRateAndMessages_AreOneSweep_SortedByLoad()
    {
        List<RunRecord> runs = [Swept("kitty", 1000, 30), Swept("kitty", 250, 10), Swept("signalr", 250, 5), Swept("kitty", 500, 20),
            Run("fanout", "kitty", 1, 1), Run("rooms", "kitty", 1, 1)];

        var sweep = Assert.Single(LoadSweep.Find(RunGroups.Of(runs), "rate"));

        Assert.Equal("rooms", sweep.Scenario);
        Assert.Equal([250.0, 500, 1000], sweep.Points.Select(p => p.Load));
        Assert.Equal([10.0, 20, 30], sweep.Series("kitty", "p99Ms").Select(p => p.Summary.Median));
        Assert.Equal([(250.0, 5.0)], sweep.Series("signalr", "p99Ms").Select(p => (p.Load, p.Summary.Median)));
    }

    [Fact]
    public void Sweep_OtherParametersDiffering_AreSeparateFamilies_AndOneLoadIsNoSweep()
    {
        var bigger = Swept("kitty", 500, 1) with { Parameters = new Dictionary<string, string>(Swept("kitty", 500, 1).Parameters) { ["rooms"] = "10" } };

        Assert.Empty(LoadSweep.Find(RunGroups.Of([Swept("kitty", 250, 1), bigger]), "rate"));
    }

    [Fact]
    public void BarCategories_AreTheMeasurementsWithTheMetric_NamedByScenarioAndWhatSetsThemApart()
    {
        var grains = new RunRecord("grains", "kitty", DateTime.UtcNow, new Dictionary<string, string>(), new Dictionary<string, double> { ["activationsPerSecond"] = 1 }, true);
        var groups = RunGroups.Of([Run("fanout", "kitty", 1, 1), grains, Swept("kitty", 100, 1), Swept("kitty", 200, 1)]);

        Assert.Equal(["fanout", "rooms\nrate=100", "rooms\nrate=200"], ReportCommand.BarCategories(groups, "deliveriesPerSecond").Select(c => c.Label));
    }
}
