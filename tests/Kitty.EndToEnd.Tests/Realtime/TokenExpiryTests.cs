using Kitty.Testing;
using Microsoft.AspNetCore.SignalR;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace Kitty.EndToEnd.Tests.Realtime;

/// <summary>Runs its own server with short session tokens, low rate limits, and request logging asked for.</summary>
public sealed class TokenExpiryTests
{
    [Fact]
    public async Task ConnectionIsClosed_WhenItsSessionTokenExpires_AndRateLimitsAreTyped()
    {
        using var data = new TemporaryDirectory();
        await using var server = await KittyServerInstance.StartAsync(data.Path,
            "--Kitty:Api:SessionTokenLifetime=00:00:04",
            "--Kitty:Api:KeystrokesPerSecond=1",
            "--Logging:LogLevel:Microsoft.AspNetCore=Information");
        var session = await RealtimeSession.StartAsync(server, RealtimeSession.Unique("short"));
        var device = await session.ConnectAsync();
        var channel = await device.Call("CreateChannel", new { type = "PRIVATE", name = RealtimeSession.Unique("room") });
        var channelId = channel.Id();

        await device.Call("SendKeystrokes", new { channelId, keys = "a" });
        await device.Call("SendKeystrokes", new { channelId, keys = "ab" });
        var limited = await Assert.ThrowsAsync<HubException>(() => device.Call("SendKeystrokes", new { channelId, keys = "abc" }));
        Assert.StartsWith("RateLimitedError:", limited.Error(), StringComparison.Ordinal);
        Assert.Contains("coolOffDuration=PT1S", limited.Error(), StringComparison.Ordinal);
        Assert.True((await device.Call("RetrieveCurrentUser")).Id() > 0);

        Assert.False(server.Services.GetRequiredService<ILoggerFactory>()
            .CreateLogger("Microsoft.AspNetCore.Hosting.Diagnostics").IsEnabled(LogLevel.Information));

        await device.ClosedWith.Task.WaitAsync(TimeSpan.FromSeconds(20));
    }
}
