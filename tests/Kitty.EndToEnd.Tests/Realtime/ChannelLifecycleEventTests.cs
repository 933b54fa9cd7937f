using System.Text.Json;
using Kitty.Testing;

namespace Kitty.EndToEnd.Tests.Realtime;

/// <summary>
/// The channel events of realtime-protocol.md §2.2 not covered elsewhere, over real SignalR connections:
/// each reaches the connections that should see it, and a stranger's connection sees none of them.
/// </summary>
[Collection(ServerCollection.Name)]
public sealed class ChannelLifecycleEventTests(KittyServerFixture fixture)
{
    private async Task<(RealtimeSession Session, Device Device)> Connect(string name)
    {
        var session = await RealtimeSession.StartAsync(fixture.BaseUrl, RealtimeSession.Unique(name));
        return (session, await session.ConnectAsync());
    }

    private static async Task<long> CreatePublic(Device creator, params RealtimeSession[] members) =>
        (await creator.Call("CreateChannel", new
        {
            type = "PUBLIC",
            name = RealtimeSession.Unique("life"),
            members = members.Select(m => new { id = m.UserId }).ToArray(),
        })).Id();

    private static bool InChannel(JsonElement e, long channelId) =>
        e.TryGetProperty("channelId", out var id) && id.GetInt64() == channelId;

    [Fact]
    public async Task ThreadMessagesAndTyping_ReachSessionsThatSetTheThread_AndMembersAwayHearTyping()
    {
        var (_, ann) = await Connect("ann");
        var (bob, bobDevice) = await Connect("bob");
        var (cat, catDevice) = await Connect("cat");
        var (_, stranger) = await Connect("stranger");
        var channelId = await CreatePublic(ann, bob, cat);
        await ann.Call("StartChatSession", channelId);
        await bobDevice.Call("StartChatSession", channelId);
        var thread = await ann.Call("CreateThread", channelId, new { name = "side talk" });
        await bobDevice.Call("SetChatSessionThread", channelId, thread.Id());

        var sent = await ann.Call("SendMessage", new { threadId = thread.Id(), body = "in the thread" });
        var atBob = await bobDevice.WaitFor("thread.message.created", e => e.GetProperty("resource").Id() == sent.Id());
        await ann.Call("SendKeystrokes", new { channelId, keys = "typing..." });
        await bobDevice.WaitFor("thread.typing.started");
        var away = await catDevice.WaitFor("participant.typing.started", e => InChannel(e, channelId));
        await ann.Call("SendKeystrokes", new { channelId, keys = "" });
        await bobDevice.WaitFor("thread.typing.stopped");
        await catDevice.WaitFor("participant.typing.stopped", e => InChannel(e, channelId));

        Assert.Equal(thread.Id(), atBob.GetProperty("threadId").GetInt64());
        Assert.Equal("STANDALONE", thread.Text("type"));
        Assert.Equal(away.GetProperty("resource").Id(), (await ann.Call("RetrieveCurrentUser")).Id());
        Assert.DoesNotContain(catDevice.Events, e => e.Text("type") is "thread.message.created" or "thread.typing.started");
        Assert.DoesNotContain(stranger.Events, e => InChannel(e, channelId));
    }

    [Fact]
    public async Task DeletesLeavesAndEndedSessions_AreAnnouncedToTheChannelAndTheUser()
    {
        var (_, ann) = await Connect("ann");
        var (bob, bobDevice) = await Connect("bob");
        var (_, stranger) = await Connect("stranger");
        var channelId = await CreatePublic(ann, bob);
        await ann.Call("StartChatSession", channelId);
        await bobDevice.Call("StartChatSession", channelId);

        var message = await ann.Call("SendMessage", new { channelId, body = "soon gone" });
        await ann.Call("DeleteMessage", message.Id());
        var deleted = await bobDevice.WaitFor("channel.message.deleted", e => e.GetProperty("resource").Id() == message.Id());
        await bobDevice.Call("EndChatSession", channelId);
        await ann.WaitFor("channel.participant.inactive", e => e.GetProperty("resource").Id() == bob.UserId);
        await bobDevice.Call("LeaveChannel", channelId);
        await ann.WaitFor("channel.member.left", e => e.GetProperty("resource").Id() == bob.UserId);
        var left = await bobDevice.WaitFor("me.channel.left", e => e.GetProperty("resource").Id() == channelId);

        Assert.Equal(channelId, deleted.GetProperty("channelId").GetInt64());
        Assert.Equal(channelId, left.GetProperty("resource").Id());
        Assert.DoesNotContain(stranger.Events, e => InChannel(e, channelId));
    }

    [Fact]
    public async Task ChannelUpdatesAndDeletion_ReachItsChatSessionsAndEveryMembersDevices()
    {
        var (_, ann) = await Connect("ann");
        var (bob, bobDevice) = await Connect("bob");
        var (_, stranger) = await Connect("stranger");
        var channelId = await CreatePublic(ann, bob);
        await ann.Call("StartChatSession", channelId);

        await ann.Call("UpdateChannel", channelId, new { displayName = "Renamed", properties = new { topic = "cats" } });
        var selfUpdated = await ann.WaitFor("channel.self.updated", e => InChannel(e, channelId) || e.GetProperty("resource").Id() == channelId);
        var bobUpdated = await bobDevice.WaitFor("user.channel.updated", e => e.GetProperty("resource").Id() == channelId);
        await ann.Call("DeleteChannel", channelId);
        await ann.WaitFor("channel.self.deleted", e => e.GetProperty("resource").Id() == channelId);
        await bobDevice.WaitFor("user.channel.deleted", e => e.GetProperty("resource").Id() == channelId);

        Assert.Equal("Renamed", selfUpdated.GetProperty("resource").Text("displayName"));
        Assert.Equal("cats", bobUpdated.GetProperty("resource").GetProperty("properties").Text("topic"));
        Assert.DoesNotContain(stranger.Events, e => e.TryGetProperty("resource", out var r) && r.ValueKind == JsonValueKind.Object &&
            r.TryGetProperty("id", out var id) && id.GetInt64() == channelId);
    }
}
