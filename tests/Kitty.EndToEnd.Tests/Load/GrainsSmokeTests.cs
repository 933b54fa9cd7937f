using Kitty.LoadTests.Grains;

namespace Kitty.EndToEnd.Tests.Load;

/// <summary>The grains scenario at smoke size: every call answered, every grain activated. Counts only, never speed.</summary>
public sealed class GrainsSmokeTests
{
    private const int Users = 40, IdleGrains = 300;

    [Fact]
    public Task Grains_ThroughAnOrleansClientToAServerProcess_CallAndActivateEveryGrain() => RunAsync("--server-process");

    [Fact]
    public Task Grains_InProcess_CallAndActivateEveryGrain() => RunAsync("--self-host");

    private static async Task RunAsync(string hosting)
    {
        var runs = await LoadRuns.RunAsync(o => new GrainsScenario(o).RunAsync(),
            "grains", hosting, "--users", $"{Users}", "--idle-grains", $"{IdleGrains}", "--callers", "2", "--warmup", "0", "--duration", "1");

        var parts = runs.ToDictionary(r => r.Parameters["part"]);
        Assert.Equal(["activations", "calls", "create", "memory"], parts.Keys.Order());
        Assert.All(runs, r => Assert.Equal(0, r.Metrics["failures"]));
        Assert.Equal(Users, parts["create"].Metrics["count"]);
        Assert.True(parts["calls"].Metrics["count"] > 0);
        Assert.Equal(Users, parts["activations"].Metrics["count"]);
        Assert.True(parts["memory"].Metrics["activations"] >= IdleGrains);
    }
}
