using Kitty.LoadTests;
using Kitty.LoadTests.Targets;

namespace Kitty.EndToEnd.Tests.Load;

/// <summary>
/// The fanout load scenario at smoke size against Kitty and each baseline: every session gets every message
/// exactly once, in seq order, with no errors. Counts only, never speed.
/// </summary>
public sealed class FanoutSmokeTests
{
    private const int Sessions = 20, Messages = 50, Senders = 2;

    [Fact]
    public Task Fanout_OnKitty_DeliversEveryMessageToEverySessionOnceInOrder() => RunAsync(FanoutTargets.Kitty);

    [Fact]
    public Task Fanout_OnBareSignalRHub_DeliversEveryMessageToEverySessionOnceInOrder() => RunAsync(FanoutTargets.SignalR);

    [SkippableFact]
    public Task Fanout_OnSocketIORoomServer_DeliversEveryMessageToEverySessionOnceInOrder()
    {
        Skip.IfNot(NodeTool.IsOnPath("node"), "node is not on PATH: the Socket.IO baseline runs on Node");
        var folder = NodeSocketIOServer.Folder();
        Skip.IfNot(Directory.Exists(Path.Combine(folder, "node_modules", "socket.io")),
            $"socket.io is not installed: run `npm ci` in {folder} (.ci/run does)");
        return RunAsync(FanoutTargets.SocketIO);
    }

    private static async Task RunAsync(string targetName)
    {
        var options = LoadOptions.Parse(["fanout", "--target", targetName, "--self-host",
            "--sessions", $"{Sessions}", "--messages", $"{Messages}", "--senders", $"{Senders}", "--drain-timeout", "20"]);
        await using var target = await FanoutTargets.StartAsync(options);

        var result = await new FanoutScenario(options, target).RunAsync();

        Assert.Equal(targetName, result.Target);
        Assert.Equal((long)Sessions * Messages, result.Expected);
        Assert.Equal(result.Expected, result.Deliveries);
        Assert.Equal(0, result.IncompleteSessions);
        Assert.Equal(0, result.Duplicates);
        Assert.Equal(0, result.OutOfOrder);
        Assert.Equal(0, result.Errors);
        Assert.True(result.ExactlyOnceInOrder);
    }
}
