using Kitty.Testing;
using Xunit.Abstractions;

namespace Kitty.EndToEnd.Tests.Realtime;

/// <summary>
/// The wire contract is usable as documented: the plain <c>@microsoft/signalr</c> npm client (JSON for one
/// user, MessagePack for the other), with no Kitty SDK, starts sessions, chats, types, retries idempotently,
/// gets typed errors and catches up by seq against a real server.
/// </summary>
[Collection(ServerCollection.Name)]
public sealed class PlainSignalRClientTests(KittyServerFixture fixture, ITestOutputHelper output)
{
    [SkippableFact]
    public async Task PlainSignalRClient_FromNode_UsesTheHubAsDocumented()
    {
        Skip.IfNot(NodeTool.IsOnPath("node") && NodeTool.IsOnPath("npm"),
            "node and npm are not on the PATH: the plain @microsoft/signalr client test needs them (CI installs them).");
        var folder = NodeTool.SourceFolder("SignalRJsFolder");
        await NodeTool.EnsurePackagesAsync(folder);

        var (exitCode, log) = await NodeTool.RunAsync("node", "plain-client.mjs", folder, new Dictionary<string, string>
        {
            ["KITTY_BASE_URL"] = fixture.BaseUrl.ToString(),
            ["KITTY_API_KEY"] = fixture.Server.Credentials.ApiKey,
        });

        output.WriteLine(log);
        Assert.True(exitCode == 0, $"The plain SignalR client failed:\n{log}");
    }
}
