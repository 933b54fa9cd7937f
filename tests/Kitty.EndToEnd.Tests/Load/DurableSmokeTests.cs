using Kitty.LoadTests;
using Kitty.Testing;

namespace Kitty.EndToEnd.Tests.Load;

/// <summary>
/// The durable-messages scenario at smoke size on each store: every acknowledged message stored once, every channel's
/// seqs gap-free (the scenario's own check, which passes the run). Counts only, never speed.
/// </summary>
public sealed class DurableSmokeTests
{
    [Fact]
    public Task Durable_OnSqlite_StoresEveryAcknowledgedMessageGapFree() => RunAsync("sqlite");

    [SkippableFact]
    public Task Durable_OnPostgres_StoresEveryAcknowledgedMessageGapFree()
    {
        Skip.If(string.IsNullOrEmpty(Environment.GetEnvironmentVariable(PostgresTestDatabase.Variable)),
            $"{PostgresTestDatabase.Variable} is not set (.ci/postgres prints one)");
        return RunAsync("postgres");
    }

    private static async Task RunAsync(string store)
    {
        var runs = await LoadRuns.RunAsync(o => new DurableMessagesScenario(o).RunAsync(),
            "durable", "--store", store, "--writers", "4", "--channels", "1,3", "--warmup", "0", "--duration", "1");

        Assert.Equal(2, runs.Count);
        Assert.All(runs, run =>
        {
            Assert.Equal(store, run.Parameters["store"]);
            Assert.Equal(0, run.Metrics["failures"]);
            Assert.True(run.Metrics["acknowledged"] > 0);
            Assert.Equal(run.Metrics["acknowledged"], run.Metrics["stored"]);
        });
    }
}
