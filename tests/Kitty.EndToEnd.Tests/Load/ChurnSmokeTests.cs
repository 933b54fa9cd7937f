using Kitty.LoadTests.Churn;
using Kitty.LoadTests.Targets;

namespace Kitty.EndToEnd.Tests.Load;

/// <summary>
/// The churn scenario at smoke size on Kitty and the SignalR baseline: no cycle fails, and Kitty ends every session it
/// started (the scenario checks it through the Platform API). Counts only, never speed.
/// </summary>
public sealed class ChurnSmokeTests
{
    [Fact]
    public Task Churn_OnKittyInAServerProcess_EndsEverySession() => RunAsync(FanoutTargets.Kitty, "--server-process");

    [Fact]
    public Task Churn_OnBareSignalRHub_CompletesEveryCycle() => RunAsync(FanoutTargets.SignalR, "--self-host");

    [SkippableFact]
    public Task Churn_OnSocketIORoomServer_CompletesEveryCycle()
    {
        Skip.IfNot(NodeTool.IsOnPath("node"), "node is not on PATH: the Socket.IO baseline runs on Node");
        var folder = NodeSocketIOServer.Folder();
        Skip.IfNot(Directory.Exists(Path.Combine(folder, "node_modules", "socket.io")),
            $"socket.io is not installed: run `npm ci` in {folder} (.ci/run does)");
        return RunOnceMoreIfACycleFailedAsync(FanoutTargets.SocketIO, "--self-host");
    }

    // The Node baseline failed one cycle of ~700 once in CI (2026-11-25, not reproduced in 6 local runs; the message
    // now carries the run's metrics). It is the yardstick, not Kitty: a second clean run is asked for before failing.
    private static async Task RunOnceMoreIfACycleFailedAsync(string target, string hosting)
    {
        try
        {
            await RunAsync(target, hosting);
        }
        catch (Xunit.Sdk.XunitException)
        {
            await RunAsync(target, hosting);
        }
    }

    private static async Task RunAsync(string target, string hosting)
    {
        var runs = await LoadRuns.RunAsync(async o =>
        {
            await using var started = await FanoutTargets.StartAsync(o);
            return await new ChurnScenario(o, started).RunAsync();
        }, "churn", "--target", target, hosting, "--callers", "2", "--warmup", "0", "--duration", "1");

        var run = Assert.Single(runs);
        Assert.Equal(target, run.Target);
        Assert.True(run.Metrics["sessionsPerSecond"] > 0);
        Assert.Equal(0, run.Metrics["errors"]);
        Assert.Equal(0, run.Metrics["activeSessionsAfter"]);
    }
}
