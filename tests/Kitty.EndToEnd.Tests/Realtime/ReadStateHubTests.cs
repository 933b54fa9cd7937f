using System.Text.Json;
using Kitty.Testing;
using Microsoft.AspNetCore.SignalR;

namespace Kitty.EndToEnd.Tests.Realtime;

/// <summary>Receipts, unread counts, reactions, threads, hidden channels and blocking over real SignalR connections.</summary>
[Collection(ServerCollection.Name)]
public sealed class ReadStateHubTests(KittyServerFixture fixture)
{
    private async Task<(RealtimeSession Session, Device Device)> Connect(string name)
    {
        var session = await RealtimeSession.StartAsync(fixture.BaseUrl, RealtimeSession.Unique(name));
        return (session, await session.ConnectAsync());
    }

    private static async Task<long> Channel(Device creator, string type, params RealtimeSession[] members) =>
        (await creator.Call("CreateChannel", new
        {
            type,
            name = type == "DIRECT" ? null : RealtimeSession.Unique("room"),
            members = members.Select(m => new { id = m.UserId }).ToArray(),
        })).Id();

    private static Task<JsonElement> Say(Device device, long channelId, string body) =>
        device.Call("SendMessage", new { channelId, body });

    private static IEnumerable<JsonElement> Items(JsonElement page) => page.GetProperty("items").EnumerateArray();

    [Fact]
    public async Task ReadMessage_ReachesTheChannelAndTheAuthor_AndReadChannelClearsTheUnreadCounts()
    {
        var (_, aliceDevice) = await Connect("alice");
        var (bob, bobDevice) = await Connect("bob");
        var channelId = await Channel(aliceDevice, "PRIVATE", bob);
        await bobDevice.Call("StartChatSession", channelId);
        var first = await Say(aliceDevice, channelId, "one");
        await Say(aliceDevice, channelId, "two");
        Assert.Equal(2, (await bobDevice.Call("CountUnreadMessages", channelId)).GetProperty("count").GetInt64());
        Assert.True((await bobDevice.Call("CheckChannelUnread", channelId)).GetProperty("unread").GetBoolean());

        await bobDevice.Call("ReadMessage", first.Id());

        var toAuthor = await aliceDevice.WaitFor("message.read_receipt.created", e => e.GetProperty("message").Id() == first.Id());
        Assert.Equal(bob.UserId, toAuthor.GetProperty("resource").GetProperty("user").Id());
        await bobDevice.WaitFor("message.read_receipt.created", e => e.GetProperty("message").Id() == first.Id());
        Assert.Equal([bob.UserId], Items(await aliceDevice.Call("ListReadReceipts", first.Id(), null)).Select(r => r.GetProperty("user").Id()));
        Assert.Equal(1, (await bobDevice.Call("CountUnreadMessages", channelId)).GetProperty("count").GetInt64());

        await bobDevice.Call("ReadChannel", channelId);

        Assert.Equal(0, (await bobDevice.Call("CountUnreadMessages", channelId)).GetProperty("count").GetInt64());
        Assert.Equal(0, (await bobDevice.Call("CountUnreadChannels")).GetProperty("count").GetInt64());
        Assert.Equal(0, (await bobDevice.Call("CountUnreadMessages", new object?[] { null })).GetProperty("count").GetInt64());
        Assert.False((await bobDevice.Call("CheckChannelUnread", channelId)).GetProperty("unread").GetBoolean());
    }

    [Fact]
    public async Task Reactions_AreSummarizedOnTheMessage_AndEvented()
    {
        var (_, aliceDevice) = await Connect("alice");
        var (bob, bobDevice) = await Connect("bob");
        var channelId = await Channel(aliceDevice, "PRIVATE", bob);
        await aliceDevice.Call("StartChatSession", channelId);
        var message = await Say(aliceDevice, channelId, "ship it");

        var reaction = await bobDevice.Call("ReactToMessage", message.Id(), ":+1:");

        Assert.Equal("👍", reaction.GetProperty("emoji").Text("character"));
        var created = await aliceDevice.WaitFor("message.reaction.created");
        Assert.Equal(message.Id(), created.GetProperty("message").Id());
        var updated = await aliceDevice.WaitFor("channel.message.updated", e => e.GetProperty("resource").TryGetProperty("reactions", out _));
        var summary = updated.GetProperty("resource").GetProperty("reactions")[0];
        Assert.Equal(1, summary.GetProperty("count").GetInt32());
        Assert.Equal(bob.UserId, summary.GetProperty("users")[0].Id());
        var listed = Items(await aliceDevice.Call("ListMessages", new { channelId })).Single();
        Assert.Equal("👍", listed.GetProperty("reactions")[0].GetProperty("emoji").Text("character"));
        Assert.Single(Items(await aliceDevice.Call("ListReactions", message.Id(), null)));

        await bobDevice.Call("RemoveReaction", message.Id(), "👍");
        await aliceDevice.WaitFor("message.reaction.removed");
        Assert.Empty(Items(await aliceDevice.Call("ListReactions", message.Id(), null)));
    }

    [Fact]
    public async Task CreateThread_IsListed_AndOnlyMembersMayCreateOne()
    {
        var (_, aliceDevice) = await Connect("alice");
        var (_, carolDevice) = await Connect("carol");
        var channelId = await Channel(aliceDevice, "PRIVATE");

        var thread = await aliceDevice.Call("CreateThread", channelId, new { name = "planning", properties = new { topic = "q3" } });

        Assert.Equal("STANDALONE", thread.Text("type"));
        Assert.Equal([thread.Id()], Items(await aliceDevice.Call("ListThreads", channelId, null)).Select(t => t.Id()));
        var refused = await Assert.ThrowsAsync<HubException>(() => carolDevice.Call("CreateThread", channelId, new { name = "x" }));
        Assert.StartsWith("NotAChannelMemberError:", refused.Error(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task AHiddenDirectChannel_IsUnhiddenByANewMessage()
    {
        var (_, aliceDevice) = await Connect("alice");
        var (bob, bobDevice) = await Connect("bob");
        var channelId = await Channel(aliceDevice, "DIRECT", bob);

        await bobDevice.Call("HideChannel", channelId);
        await bobDevice.WaitFor("user.channel.hidden", e => e.GetProperty("resource").Id() == channelId);
        await Say(aliceDevice, channelId, "still there?");

        await bobDevice.WaitFor("user.channel.unhidden", e => e.GetProperty("resource").Id() == channelId);
    }

    [Fact]
    public async Task ABlockedUsersMessages_AreHiddenFromTheBlocker_AndTheyCannotOpenADirectChannel()
    {
        var (alice, aliceDevice) = await Connect("alice");
        var (troll, trollDevice) = await Connect("troll");
        var channelId = await Channel(aliceDevice, "PUBLIC", troll);
        await Say(trollDevice, channelId, "spam");
        var kept = await Say(aliceDevice, channelId, "hello");

        await aliceDevice.Call("BlockUser", troll.UserId);

        Assert.Equal([kept.Id()], Items(await aliceDevice.Call("ListMessages", new { channelId })).Select(m => m.Id()));
        Assert.Equal(2, Items(await trollDevice.Call("ListMessages", new { channelId })).Count());
        Assert.Equal([troll.UserId], Items(await aliceDevice.Call("ListBlockedUsers", new object?[] { null })).Select(b => b.GetProperty("user").Id()));
        var refused = await Assert.ThrowsAsync<HubException>(() => Channel(trollDevice, "DIRECT", alice));
        Assert.StartsWith("InvalidOperationError:", refused.Error(), StringComparison.Ordinal);

        await aliceDevice.Call("UnblockUser", troll.UserId);
        Assert.Equal(2, Items(await aliceDevice.Call("ListMessages", new { channelId })).Count());
    }

    [Fact]
    public async Task DeleteMessageForMe_HidesTheMessageFromTheCallerOnly()
    {
        var (_, aliceDevice) = await Connect("alice");
        var (bob, bobDevice) = await Connect("bob");
        var channelId = await Channel(aliceDevice, "PRIVATE", bob);
        var message = await Say(aliceDevice, channelId, "oops");

        await bobDevice.Call("DeleteMessageForMe", message.Id());

        Assert.Empty(Items(await bobDevice.Call("ListMessages", new { channelId })));
        Assert.Single(Items(await aliceDevice.Call("ListMessages", new { channelId })));
    }
}
