using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;
using Kitty.Abstractions.Applications;
using Kitty.Testing;
using Microsoft.AspNetCore.SignalR;
using Microsoft.AspNetCore.SignalR.Client;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace Kitty.EndToEnd.Tests.Realtime;

[Collection(ServerCollection.Name)]
public sealed class RealtimeTests(KittyServerFixture fixture)
{
    private Uri Base => fixture.BaseUrl;

    private async Task<(RealtimeSession Session, Device Device)> Connect(string name, bool messagePack = false)
    {
        var session = await RealtimeSession.StartAsync(Base, RealtimeSession.Unique(name));
        return (session, await session.ConnectAsync(messagePack));
    }

    private static async Task<long> CreateGroup(Device creator, string type, params RealtimeSession[] members)
    {
        var channel = await creator.Call("CreateChannel", new
        {
            type,
            name = RealtimeSession.Unique("room"),
            members = members.Select(m => new { id = m.UserId }).ToArray(),
        });
        return channel.Id();
    }

    private static async Task<HubException> Refused(Device device, string method, params object?[] args) =>
        await Assert.ThrowsAsync<HubException>(() => device.Call(method, args));

    [Fact]
    public async Task StartSession_WithUnknownApiKey_IsAValidationError_AndTheHubRefusesMissingOrPlatformTokens()
    {
        using var http = fixture.CreateAnonymousClient();
        using var unknown = await http.PostAsJsonAsync("/rtm/sessions", new { apiKey = "nope", username = "x" });
        Assert.Equal(HttpStatusCode.BadRequest, unknown.StatusCode);
        Assert.Contains("ValidationError", await unknown.Content.ReadAsStringAsync(), StringComparison.Ordinal);

        using var anonymous = await http.PostAsync("/rtm/negotiate?negotiateVersion=1", null);
        Assert.Equal(HttpStatusCode.Unauthorized, anonymous.StatusCode);

        using var platform = await fixture.CreatePlatformClientAsync();
        using var withPlatformToken = await platform.PostAsync("/rtm/negotiate?negotiateVersion=1", null);
        Assert.Equal(HttpStatusCode.Unauthorized, withPlatformToken.StatusCode);

        var session = await RealtimeSession.StartAsync(Base, RealtimeSession.Unique("neg"));
        using var request = new HttpRequestMessage(HttpMethod.Post, "/rtm/negotiate?negotiateVersion=1");
        request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", session.Token);
        using var negotiated = await http.SendAsync(request);
        Assert.Equal(HttpStatusCode.OK, negotiated.StatusCode);

        using var v1 = new HttpRequestMessage(HttpMethod.Get, "/v1/application");
        v1.Headers.Authorization = new AuthenticationHeaderValue("Bearer", session.Token);
        Assert.Equal(HttpStatusCode.Unauthorized, (await http.SendAsync(v1)).StatusCode);
    }

    [Fact]
    public async Task ChannelEvents_ReachChatSessionsOfMembers_AndNotOtherDevices()
    {
        var (alice, alice1) = await Connect("alice");
        var alice2 = await alice.ConnectAsync();
        var (bob, bob1) = await Connect("bob");
        var (_, carol) = await Connect("carol");
        var channelId = await CreateGroup(alice1, "PRIVATE", bob);

        var start = await alice1.Call("StartChatSession", channelId);
        Assert.Equal(channelId, start.GetProperty("channel").Id());
        await bob1.Call("StartChatSession", channelId);
        Assert.StartsWith("NotAChannelMemberError:", (await Refused(carol, "StartChatSession", channelId)).Error(), StringComparison.Ordinal);
        Assert.StartsWith("NotAChannelMemberError:", (await Refused(carol, "SendMessage", new { channelId, body = "hi" })).Error(), StringComparison.Ordinal);
        Assert.StartsWith("NotAChannelMemberError:", (await Refused(carol, "RetrieveChannel", channelId)).Error(), StringComparison.Ordinal);

        var first = await bob1.Call("SendMessage", new { channelId, body = "first" });
        var seen = await alice1.WaitFor("channel.message.created", e => e.GetProperty("resource").Id() == first.Id());
        Assert.Equal(channelId, seen.Id("channelId"));
        Assert.Equal(first.Id("seq"), seen.Id("seq"));
        Assert.Equal("first", seen.GetProperty("resource").Text("body"));
        await bob1.WaitFor("channel.message.created", e => e.GetProperty("resource").Id() == first.Id());

        // alice2 has no chat session: it must not see "first". It then starts one; "second" is the marker.
        await alice2.Call("StartChatSession", channelId);
        var second = await bob1.Call("SendMessage", new { channelId, body = "second" });
        var marker = await alice2.WaitFor("channel.message.created", e => e.GetProperty("resource").Id() == second.Id());
        Assert.DoesNotContain(alice2.Before(marker), e => e.GetProperty("type").GetString() == "channel.message.created");
        Assert.DoesNotContain(carol.Events, e => e.GetProperty("type").GetString() == "channel.message.created");

        // Events of one channel arrive in seq order.
        var seqs = alice1.Events.Where(e => e.GetProperty("type").GetString() == "channel.message.created").Select(e => e.Id("seq")).ToList();
        Assert.Equal(seqs.Order(), seqs);
    }

    [Fact]
    public async Task MalformedCalls_GetTypedErrors_AndTheConnectionKeepsWorking()
    {
        var (_, device) = await Connect("bad");
        var channelId = await CreateGroup(device, "PUBLIC");
        await device.Call("StartChatSession", channelId);

        Assert.StartsWith("ValidationError:", (await Refused(device, "RetrieveChannel", "abc")).Error(), StringComparison.Ordinal);
        Assert.StartsWith("ValidationError:", (await Refused(device, "SendMessage", new { })).Error(), StringComparison.Ordinal);
        Assert.StartsWith("ValidationError:", (await Refused(device, "SendMessage", new { channelId = "x", body = "b" })).Error(), StringComparison.Ordinal);
        Assert.StartsWith("ValidationError:", (await Refused(device, "SendMessage", new { channelId, body = new string('x', 10_001) })).Error(), StringComparison.Ordinal);
        Assert.StartsWith("ValidationError:", (await Refused(device, "SendMessage",
            new { channelId, body = "b", properties = new { big = new string('p', 17 * 1024) } })).Error(), StringComparison.Ordinal);
        Assert.StartsWith("ResourceNotFoundError:", (await Refused(device, "RetrieveChannel", long.MaxValue - 7)).Error(), StringComparison.Ordinal);

        var me = await device.Call("RetrieveCurrentUser");
        Assert.True(me.Id() > 0);
        var sent = await device.Call("SendMessage", new { channelId, body = "still here" });
        Assert.Equal("still here", sent.Text("body"));
    }

    [Fact]
    public async Task MessagePackClients_SeeTheSameShapes()
    {
        var (_, json) = await Connect("json");
        var (packSession, pack) = await Connect("pack", messagePack: true);
        var channelId = await CreateGroup(json, "PRIVATE", packSession);
        await pack.Call("StartChatSession", channelId);

        var sent = await json.Call("SendMessage", new { channelId, body = "over msgpack", properties = new { n = 1, tags = new[] { "a" } } });
        var received = await pack.WaitFor("channel.message.created", e => e.GetProperty("resource").Id() == sent.Id());

        var resource = received.GetProperty("resource");
        Assert.Equal("over msgpack", resource.Text("body"));
        Assert.Equal(sent.Id("seq"), resource.Id("seq"));
        Assert.Equal(1, resource.GetProperty("properties").GetProperty("n").GetInt64());
        Assert.Equal(sent.GetProperty("createdTime").GetString(), resource.GetProperty("createdTime").GetString());
        Assert.False(resource.TryGetProperty("_links", out _));
        var channel = await pack.Call("RetrieveChannel", channelId);
        Assert.Equal(channelId, channel.Id());
    }

    [Fact]
    public async Task Reconnect_CatchesUpExactlyTheMissedMessages_InOrder()
    {
        var (alice, aliceDevice) = await Connect("alice");
        var (bob, bobDevice) = await Connect("bob");
        var channelId = await CreateGroup(aliceDevice, "PRIVATE", bob);
        var start = await bobDevice.Call("StartChatSession", channelId);
        var seen = await aliceDevice.Call("SendMessage", new { channelId, body = "seen" });
        await bobDevice.WaitFor("channel.message.created", e => e.GetProperty("resource").Id() == seen.Id());
        var lastSeen = seen.Id("seq");
        Assert.True(lastSeen > start.Id("lastMessageSeq"));
        await bobDevice.DisposeAsync();

        var missed = new List<long>();
        for (var i = 0; i < 3; i++)
        {
            missed.Add((await aliceDevice.Call("SendMessage", new { channelId, body = $"missed {i}" })).Id());
        }

        var again = await bob.ConnectAsync();
        var catchUp = await again.Call("ListMessages", new { channelId, page = new { after = lastSeen } });
        var items = catchUp.GetProperty("items").EnumerateArray().ToList();
        Assert.Equal(missed, items.Select(m => m.Id()));
        Assert.Equal(Enumerable.Range(1, 3).Select(i => lastSeen + i), items.Select(m => m.Id("seq")));

        var newest = await again.Call("ListMessages", new { channelId, page = new { size = 2 } });
        Assert.Equal(missed.TakeLast(2).Reverse(), newest.GetProperty("items").EnumerateArray().Select(m => m.Id()));
        _ = alice;
    }

    [Fact]
    public async Task SendMessage_RetriedWithTheSameClientMessageId_ReturnsTheOriginal()
    {
        var (_, device) = await Connect("idem");
        var channelId = await CreateGroup(device, "PRIVATE");
        var clientMessageId = Guid.NewGuid().ToString();

        var first = await device.Call("SendMessage", new { channelId, body = "once", clientMessageId });
        var retry = await device.Call("SendMessage", new { channelId, body = "once", clientMessageId });

        Assert.Equal(first.Id(), retry.Id());
        Assert.Equal(first.Id("seq"), retry.Id("seq"));
        var page = await device.Call("ListMessages", new { channelId });
        Assert.Single(page.GetProperty("items").EnumerateArray());
    }

    [Fact]
    public async Task SessionTokenOfOneApplication_IsUselessInAnother()
    {
        var grains = fixture.Server.Services.GetRequiredService<IGrainFactory>();
        var otherId = Random.Shared.NextInt64(1L << 40, 1L << 50);
        var suffix = Guid.NewGuid().ToString("N");
        var other = await grains.GetGrain<IApplicationGrain>(otherId)
            .Provision(new ApplicationCredentials($"key-{suffix}", $"client-{suffix}", $"secret-{suffix}-0123456789"));
        var (_, device) = await Connect("home");
        var channelId = await CreateGroup(device, "PUBLIC");

        var stranger = await RealtimeSession.StartAsync(Base, RealtimeSession.Unique("stranger"), other.ApiKey);
        var strangerDevice = await stranger.ConnectAsync();

        Assert.StartsWith("ResourceNotFoundError:", (await Refused(strangerDevice, "RetrieveChannel", channelId)).Error(), StringComparison.Ordinal);
        Assert.StartsWith("ResourceNotFoundError:", (await Refused(strangerDevice, "JoinChannel", channelId)).Error(), StringComparison.Ordinal);
        var me = await strangerDevice.Call("RetrieveCurrentUser");
        Assert.Equal(stranger.UserId, me.Id());
    }

    [Fact]
    public async Task PublicChannels_CanBeRetrievedAndJoined_AndListedWithoutFilter()
    {
        var (_, owner) = await Connect("owner");
        var (_, visitor) = await Connect("visitor");
        var channelId = await CreateGroup(owner, "PUBLIC");

        Assert.Equal(channelId, (await visitor.Call("RetrieveChannel", channelId)).Id());
        var all = await visitor.Call("ListChannels", new { page = new { size = 100 } });
        Assert.Contains(all.GetProperty("items").EnumerateArray(), c => c.Id() == channelId);
        var joined = await visitor.Call("ListChannels", new { filter = new { joined = true } });
        Assert.DoesNotContain(joined.GetProperty("items").EnumerateArray(), c => c.Id() == channelId);

        await visitor.Call("JoinChannel", channelId);
        joined = await visitor.Call("ListChannels", new { filter = new { joined = true } });
        Assert.Contains(joined.GetProperty("items").EnumerateArray(), c => c.Id() == channelId);
        var members = await visitor.Call("ListChannelMembers", channelId, null);
        Assert.Equal(2, members.GetProperty("items").GetArrayLength());
    }

    [Fact]
    public void AccessTokens_AreKeptOutOfRequestLogs()
    {
        var loggers = fixture.Server.Services.GetRequiredService<ILoggerFactory>();

        Assert.False(loggers.CreateLogger("Microsoft.AspNetCore.Hosting.Diagnostics").IsEnabled(LogLevel.Information));
        Assert.False(loggers.CreateLogger("Microsoft.AspNetCore.Http.Connections.Internal.HttpConnectionDispatcher").IsEnabled(LogLevel.Debug));
    }
}
