using Kitty.LoadTests;
using Kitty.LoadTests.IdleConnections;
using Kitty.LoadTests.Targets;

namespace Kitty.EndToEnd.Tests.Load;

/// <summary>
/// The connections load scenario at smoke size: every connection opens, from every source address in turn (the
/// kernel bound each client socket to it), and is still open at the end. Counts only, never speed.
/// </summary>
public sealed class ConnectionsSmokeTests
{
    private const int Connections = 200, Sources = 2;

    [Fact]
    public Task Connections_OnKitty_AllOpenFromEverySourceAndStayOpen() => RunAsync(FanoutTargets.Kitty);

    [Fact]
    public Task Connections_OnBareSignalRHub_AllOpenFromEverySourceAndStayOpen() => RunAsync(FanoutTargets.SignalR);

    [SkippableFact]
    public Task Connections_OnSocketIOServer_AllOpenFromEverySourceAndStayOpen()
    {
        Skip.IfNot(NodeTool.IsOnPath("node"), "node is not on PATH: the Socket.IO baseline runs on Node");
        var folder = NodeSocketIOServer.Folder();
        Skip.IfNot(Directory.Exists(Path.Combine(folder, "node_modules", "socket.io")),
            $"socket.io is not installed: run `npm ci` in {folder} (.ci/run does)");
        return RunAsync(FanoutTargets.SocketIO);
    }

    private static async Task RunAsync(string targetName)
    {
        var options = LoadOptions.Parse(["connections", "--target", targetName, "--self-host",
            "--connections", $"{Connections}", "--sources", $"{Sources}", "--idle", "0"]);
        await using var target = await FanoutTargets.StartAsync(options);

        var result = await new ConnectionsScenario(options, target).RunAsync();

        Assert.Equal(targetName, result.Target);
        Assert.Equal(0, result.Errors);
        Assert.Equal(Connections, result.Held);
        Assert.Equal(Connections, result.StillOpen);
        Assert.Equal(0, result.Drops);
        Assert.True(result.Passed);
        Assert.Equal(["127.0.0.1", "127.0.0.2"], result.Sources.Select(s => s.Address));
        // Each connection's WebSocket is a socket of its own, from its source in turn.
        Assert.All(result.Sources, s => Assert.True(s.Sockets >= Connections / Sources, $"{s.Address} bound {s.Sockets} sockets"));
    }
}
