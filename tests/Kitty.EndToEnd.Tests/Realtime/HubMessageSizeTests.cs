using Kitty.Testing;
using Microsoft.AspNetCore.SignalR;

namespace Kitty.EndToEnd.Tests.Realtime;

/// <summary>realtime-protocol.md §4: a hub message over 64 KiB is a ValidationError, and the connection stays usable.</summary>
[Collection(ServerCollection.Name)]
public sealed class HubMessageSizeTests(KittyServerFixture fixture)
{
    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public async Task AHubMessageOver64KiB_IsAValidationError_AndTheNextCallWorks(bool messagePack)
    {
        var session = await RealtimeSession.StartAsync(fixture.BaseUrl, RealtimeSession.Unique("big"));
        await using var device = await session.ConnectAsync(messagePack);
        var channel = await device.Call("CreateChannel", new { type = "PRIVATE", name = RealtimeSession.Unique("big") });
        var channelId = channel.Id();
        var oversize = new { channelId, body = "hi", properties = new { blob = new string('x', 65 * 1024) } };

        var refused = await Assert.ThrowsAsync<HubException>(() => device.Call("SendMessage", oversize));

        Assert.StartsWith("ValidationError:", refused.Error(), StringComparison.Ordinal);
        Assert.Contains("64 KiB", refused.Error(), StringComparison.Ordinal);
        var sent = await device.Call("SendMessage", new { channelId, body = "still here" });
        Assert.Equal("still here", sent.Text("body"));
        Assert.False(device.ClosedWith.Task.IsCompleted);
    }

    [Fact]
    public async Task ArgumentsOfTheWrongShape_AreValidationErrors_NeverInternalOnes()
    {
        var session = await RealtimeSession.StartAsync(fixture.BaseUrl, RealtimeSession.Unique("odd"));
        await using var device = await session.ConnectAsync();

        foreach (var (method, argument) in new (string, object?)[]
        {
            ("SendMessage", 42), ("SendMessage", new { channelId = "x", body = 3 }), ("RetrieveChannel", "abc"),
            ("UpdatePresence", new { status = 7 }), ("ListMessages", new { channelId = 1, page = "p" }),
            ("CreateChannel", new { type = 5, members = "all" }), ("SendKeystrokes", new { channelId = true, keys = 1 }),
        })
        {
            var refused = await Assert.ThrowsAsync<HubException>(() => device.Call(method, argument));
            Assert.DoesNotContain("InternalServerError", refused.Error(), StringComparison.Ordinal);
        }

        Assert.NotEqual(0, (await device.Call("RetrieveCurrentUser")).Id());
    }
}
