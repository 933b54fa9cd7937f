using System.Text.Json;
using Kitty.Testing;
using Microsoft.AspNetCore.SignalR;

namespace Kitty.EndToEnd.Tests.Realtime;

/// <summary>Replies listed by their parent, channel listings without hidden channels and by unread, deleted replies, blocked senders.</summary>
[Collection(ServerCollection.Name)]
public sealed class ListingHubTests(KittyServerFixture fixture)
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

    private static IEnumerable<long> ItemIds(JsonElement page) => page.GetProperty("items").EnumerateArray().Select(i => i.Id());

    private static async Task<IEnumerable<long>> JoinedChannels(Device device, bool unread = false) =>
        ItemIds(await device.Call("ListChannels", new { filter = new { joined = true, unread }, page = new { size = 100 } }));

    [Fact]
    public async Task ListMessages_ByReplyToMessageId_ListsTheRepliesNewestFirst_ForMembersOnly()
    {
        var (_, aliceDevice) = await Connect("alice");
        var (bob, bobDevice) = await Connect("bob");
        var (_, carolDevice) = await Connect("carol");
        var channelId = await Channel(aliceDevice, "PRIVATE", bob);
        var question = await Say(aliceDevice, channelId, "question");
        Assert.Empty(ItemIds(await bobDevice.Call("ListMessages", new { replyToMessageId = question.Id() })));

        var first = await bobDevice.Call("SendMessage", new { replyToMessageId = question.Id(), body = "one" });
        var second = await aliceDevice.Call("SendMessage", new { replyToMessageId = question.Id(), body = "two" });

        Assert.Equal([second.Id(), first.Id()], ItemIds(await bobDevice.Call("ListMessages", new { replyToMessageId = question.Id() })));
        var newest = await bobDevice.Call("ListMessages", new { replyToMessageId = question.Id(), page = new { size = 1 } });
        Assert.Equal([second.Id()], ItemIds(newest));
        var older = await bobDevice.Call("ListMessages", new { replyToMessageId = question.Id(), page = new { size = 1, before = newest.Id("next") } });
        Assert.Equal([first.Id()], ItemIds(older));
        var outsider = await Assert.ThrowsAsync<HubException>(() => carolDevice.Call("ListMessages", new { replyToMessageId = question.Id() }));
        Assert.StartsWith("NotAChannelMemberError:", outsider.Error(), StringComparison.Ordinal);
        var bySeq = await Assert.ThrowsAsync<HubException>(() => bobDevice.Call("ListMessages", new { replyToMessageId = question.Id(), page = new { after = 1 } }));
        Assert.StartsWith("ValidationError:", bySeq.Error(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task ListChannels_LeavesOutAHiddenDirectChannel_UntilANewMessage()
    {
        var (_, aliceDevice) = await Connect("alice");
        var (bob, bobDevice) = await Connect("bob");
        var channelId = await Channel(aliceDevice, "DIRECT", bob);

        await bobDevice.Call("HideChannel", channelId);

        Assert.DoesNotContain(channelId, ItemIds(await bobDevice.Call("ListChannels", new { page = new { size = 100 } })));
        Assert.Contains(channelId, await JoinedChannels(aliceDevice));
        await Say(aliceDevice, channelId, "still there?");
        await bobDevice.WaitFor("user.channel.unhidden", e => e.GetProperty("resource").Id() == channelId);
        Assert.Contains(channelId, await JoinedChannels(bobDevice));
    }

    [Fact]
    public async Task ListChannels_ByUnread_KeepsTheChannelsWithMessagesTheCallerHasNotRead()
    {
        var (_, aliceDevice) = await Connect("alice");
        var (bob, bobDevice) = await Connect("bob");
        var read = await Channel(aliceDevice, "PRIVATE", bob);
        var unread = await Channel(aliceDevice, "PRIVATE", bob);
        await Channel(aliceDevice, "PRIVATE", bob);
        await Say(aliceDevice, read, "seen");
        await Say(aliceDevice, unread, "not yet");

        await bobDevice.Call("ReadChannel", read);

        Assert.Equal([unread], await JoinedChannels(bobDevice, unread: true));
        Assert.Empty(await JoinedChannels(aliceDevice, unread: true));
    }

    [Fact]
    public async Task DeletingAReply_AnnouncesTheParentWithOneReplyLess()
    {
        var (_, aliceDevice) = await Connect("alice");
        var channelId = await Channel(aliceDevice, "PRIVATE");
        await aliceDevice.Call("StartChatSession", channelId);
        var parent = await Say(aliceDevice, channelId, "parent");
        var reply = await aliceDevice.Call("SendMessage", new { replyToMessageId = parent.Id(), body = "reply" });
        await aliceDevice.WaitFor("channel.message.updated", e => IsParent(e, parent.Id(), repliesCount: 1));

        await aliceDevice.Call("DeleteMessage", reply.Id());

        await aliceDevice.WaitFor("channel.message.updated", e => IsParent(e, parent.Id(), repliesCount: 0));
        var listed = (await aliceDevice.Call("ListMessages", new { channelId })).GetProperty("items").EnumerateArray().Single();
        Assert.Equal(0, listed.GetProperty("repliesCount").GetInt32());
        Assert.Empty(ItemIds(await aliceDevice.Call("ListMessages", new { replyToMessageId = parent.Id() })));
    }

    [Fact]
    public async Task ARecipientWhoBlockedTheSender_GetsNoNotification()
    {
        var (alice, aliceDevice) = await Connect("alice");
        var (bob, bobDevice) = await Connect("bob");
        var (troll, trollDevice) = await Connect("troll");
        var channelId = await Channel(aliceDevice, "PRIVATE", bob, troll);
        await aliceDevice.Call("BlockUser", troll.UserId);

        var spam = await Say(trollDevice, channelId, $"hey <@{alice.Username}>");

        // Notifications of one message are stored together: once bob has his, alice would have hers.
        await bobDevice.WaitFor("user.notification.created", e => e.GetProperty("resource").GetProperty("data").GetProperty("message").Id() == spam.Id());
        var alices = (await aliceDevice.Call("ListNotifications", new { page = new { size = 10 } })).GetProperty("items");
        Assert.Empty(alices.EnumerateArray());
    }

    private static bool IsParent(JsonElement e, long parentId, int repliesCount) =>
        e.GetProperty("resource").Id() == parentId && e.GetProperty("resource").GetProperty("repliesCount").GetInt32() == repliesCount;
}
