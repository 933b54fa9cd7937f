using Kitty.Testing;
using Xunit.Abstractions;

namespace Kitty.EndToEnd.Tests;

/// <summary>
/// The official ChatKitty Platform SDK (npm chatkitty-platform-sdk@2.4.0), unchanged, walks users,
/// channels of every type, members, moderators, invites, system messages and message paging against a
/// real Kitty server. It gets a server of its own because it deletes every message of its application.
/// </summary>
public sealed class PlatformSdkCompatibilityTests(ITestOutputHelper output) : IAsyncLifetime
{
    private readonly TemporaryDirectory _data = new();
    private KittyServerInstance? _server;

    public async Task InitializeAsync() => _server = await KittyServerInstance.StartAsync(_data.Path);

    public async Task DisposeAsync()
    {
        if (_server is not null) await _server.DisposeAsync();
        _data.Dispose();
    }

    [SkippableFact]
    public async Task OfficialPlatformSdk_WalksThePlatformApi()
    {
        Skip.IfNot(NodeTool.IsOnPath("node") && NodeTool.IsOnPath("npm"),
            "node and npm are not on the PATH: the ChatKitty Platform SDK compatibility walk needs them (CI installs them).");
        var folder = NodeTool.SourceFolder("PlatformSdkFolder");
        await NodeTool.EnsurePackagesAsync(folder);

        var (exitCode, log) = await NodeTool.RunAsync("node", "compat.mjs", folder, new Dictionary<string, string>
        {
            ["KITTY_BASE_URL"] = _server!.BaseUrl.ToString(),
            ["KITTY_CLIENT_ID"] = _server.Credentials.ClientId,
            ["KITTY_CLIENT_SECRET"] = _server.Credentials.ClientSecret,
        });

        output.WriteLine(log);
        Assert.True(exitCode == 0, $"The SDK walk failed:\n{log}");
        Assert.Contains("operations of chatkitty-platform-sdk@2.4.0 exercised", log);
    }
}
