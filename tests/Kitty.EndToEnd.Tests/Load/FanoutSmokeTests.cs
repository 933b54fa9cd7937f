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

    [Fact]
    public Task Rooms_OnKitty_DeliverEachRoomsMessagesOnlyToItsMembers() =>
        RunAsync(FanoutTargets.Kitty, "rooms", "--rooms", "5", "--senders", "5", "--rate", "500");

    [Fact]
    public Task Rooms_OnBareSignalRHub_DeliverEachRoomsMessagesOnlyToItsMembers() =>
        RunAsync(FanoutTargets.SignalR, "rooms", "--rooms", "5", "--senders", "5", "--rate", "500");

    [Fact]
    public Task Fanout_OnKittyInAServerProcess_DeliversEveryMessageToEverySessionOnceInOrder() =>
        RunAsync(FanoutTargets.Kitty, "fanout", "--server-process");

    private static async Task RunAsync(string targetName, string scenario = "fanout", params string[] more)
    {
        var hosting = more.Contains("--server-process") ? Array.Empty<string>() : ["--self-host"];
        var options = LoadOptions.Parse([scenario, "--target", targetName, .. hosting, "--senders", $"{Senders}",
            "--sessions", $"{Sessions}", "--messages", $"{Messages}", "--drain-timeout", "20", .. more]);
        await using var target = await FanoutTargets.StartAsync(options);

        var result = await new FanoutScenario(options, target).RunAsync();

        Assert.Equal(targetName, result.Target);
        Assert.Equal((long)Sessions * Messages / result.Options.Rooms, result.Expected);
        Assert.Equal(result.Expected, result.Deliveries);
        Assert.Equal(0, result.IncompleteSessions);
        Assert.Equal(0, result.Duplicates);
        Assert.Equal(0, result.OutOfOrder);
        Assert.Equal(0, result.Misrouted);
        Assert.Equal(0, result.Errors);
        Assert.True(result.ExactlyOnceInOrder);
    }
}
