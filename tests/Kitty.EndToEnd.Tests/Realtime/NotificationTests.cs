using System.Text.Json;
using System.Text.Json.Nodes;
using Kitty.Testing;
using Microsoft.AspNetCore.SignalR;

namespace Kitty.EndToEnd.Tests.Realtime;

/// <summary>
/// Notifications over real connections: members away from a channel's live chat get
/// <c>user.notification.created</c>, members in it do not; the Platform API and the hub list them and the hub
/// marks them read.
/// </summary>
[Collection(ServerCollection.Name)]
public sealed class NotificationTests(KittyServerFixture fixture)
{
    private const string NotificationCreated = "user.notification.created";

    private async Task<(RealtimeSession Session, Device Device)> Connect(string name)
    {
        var session = await RealtimeSession.StartAsync(fixture.BaseUrl, RealtimeSession.Unique(name));
        return (session, await session.ConnectAsync());
    }

    private static async Task<(long Id, string Name)> CreateGroup(Device creator, params RealtimeSession[] members)
    {
        var name = RealtimeSession.Unique("room");
        var channel = await creator.Call("CreateChannel", new
        {
            type = "PRIVATE",
            name,
            members = members.Select(m => new { id = m.UserId }).ToArray(),
        });
        return (channel.Id(), name);
    }

    private static Task<JsonElement> NotificationOf(Device device, long messageId) =>
        device.WaitFor(NotificationCreated, e => e.GetProperty("resource").GetProperty("data").GetProperty("message").Id() == messageId);

    private static JsonElement Data(JsonElement notificationEvent) => notificationEvent.GetProperty("resource").GetProperty("data");

    [Fact]
    public async Task AMemberAwayFromTheChat_IsNotified_AndAMemberInTheChatIsNot()
    {
        var (alice, aliceDevice) = await Connect("alice");
        var (bob, bobDevice) = await Connect("bob");
        var (carol, carolDevice) = await Connect("carol");
        var (channelId, _) = await CreateGroup(aliceDevice, bob, carol);
        await bobDevice.Call("StartChatSession", channelId);

        var hello = await aliceDevice.Call("SendMessage", new { channelId, body = "hello" });

        var notified = await NotificationOf(carolDevice, hello.Id());
        var resource = notified.GetProperty("resource");
        Assert.Equal(("USER:SENT:MESSAGE", channelId), (Data(notified).Text("type"), Data(notified).Id("channelId")));
        Assert.Equal(($"{alice.Username} sent a message", "hello"), (resource.Text("title"), resource.Text("body")));
        Assert.Equal(channelId, resource.GetProperty("channel").Id());
        Assert.False(resource.GetProperty("muted").GetBoolean());
        await bobDevice.WaitFor("channel.message.created", e => e.GetProperty("resource").Id() == hello.Id());

        // Bob leaves the chat: the next message notifies him, and nothing came before it on his user feed.
        await bobDevice.Call("EndChatSession", channelId);
        var later = await aliceDevice.Call("SendMessage", new { channelId, body = "later" });
        var marker = await NotificationOf(bobDevice, later.Id());
        Assert.DoesNotContain(bobDevice.Before(marker), e => e.Text("type") == NotificationCreated);
        Assert.DoesNotContain(aliceDevice.Events, e => e.Text("type") == NotificationCreated);
    }

    [Fact]
    public async Task ASystemMessageFromThePlatformApi_ReachesLiveChats_NotifiesTheOthers_AndIsListedAndRead()
    {
        var (_, aliceDevice) = await Connect("alice");
        var (bob, bobDevice) = await Connect("bob");
        var (carol, carolDevice) = await Connect("carol");
        var (channelId, _) = await CreateGroup(aliceDevice, bob, carol);
        await bobDevice.Call("StartChatSession", channelId);
        using var platform = await fixture.CreatePlatformClientAsync();

        var system = await platform.Post($"/v1/channels/{channelId}/messages", """{"type":"TEXT","body":"maintenance tonight"}""");

        var live = await bobDevice.WaitFor("channel.message.created", e => e.GetProperty("resource").Id() == system.Id());
        Assert.Equal("SYSTEM_TEXT", live.GetProperty("resource").Text("type"));
        var notified = await NotificationOf(carolDevice, system.Id());
        Assert.Equal("SYSTEM:SENT:MESSAGE", Data(notified).Text("type"));
        Assert.Equal("System message sent", notified.GetProperty("resource").Text("title"));
        var notificationId = notified.GetProperty("resource").Id();

        var listed = (await platform.Get($"/v1/users/{carol.UserId}/notifications")).Embedded("notifications");
        var kept = Assert.IsType<JsonObject>(Assert.Single(listed, n => n!["id"]!.GetValue<long>() == notificationId));
        Assert.Equal("SYSTEM:SENT:MESSAGE", kept["data"]!["type"]!.GetValue<string>());
        Assert.Equal(system.Id(), kept["data"]!["message"]!["id"]!.GetValue<long>());
        Assert.Equal(channelId, kept["data"]!["channelId"]!.GetValue<long>());
        Assert.Equal(channelId, kept["channel"]!["id"]!.GetValue<long>());
        Assert.False(kept["muted"]!.GetValue<bool>());
        Assert.Null(kept["readTime"]);
        Assert.DoesNotContain((await platform.Get($"/v1/users/{bob.UserId}/notifications")).Embedded("notifications"),
            n => n!["data"]!["message"]?["id"]?.GetValue<long>() == system.Id());

        var read = await carolDevice.Call("ReadNotification", notificationId);
        Assert.Equal(notificationId, read.Id());
        Assert.NotNull(read.Text("readTime"));
        var relisted = (await platform.Get($"/v1/users/{carol.UserId}/notifications")).Embedded("notifications");
        Assert.NotNull(relisted.Single(n => n!["id"]!.GetValue<long>() == notificationId)!["readTime"]);
        var refused = await Assert.ThrowsAsync<HubException>(() => bobDevice.Call("ReadNotification", notificationId));
        Assert.StartsWith("ResourceNotFoundError:", refused.Error(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task MentionsAndReplies_AreNotifiedByKind_AndListedWithWhatTheyName()
    {
        var (_, aliceDevice) = await Connect("alice");
        var (bob, bobDevice) = await Connect("bob");
        var (carol, carolDevice) = await Connect("carol");
        var (channelId, channelName) = await CreateGroup(aliceDevice, bob, carol);

        var question = await aliceDevice.Call("SendMessage", new { channelId, body = "question" });
        var answer = await bobDevice.Call("SendMessage", new { replyToMessageId = question.Id(), body = "answer" });
        var mention = await bobDevice.Call("SendMessage", new { channelId, body = $"hi <@{carol.Username}>" });
        var everyone = await aliceDevice.Call("SendMessage", new { channelId, body = $"all of <#{channelName}>" });

        var replied = Data(await NotificationOf(aliceDevice, answer.Id()));
        Assert.Equal(("USER:REPLIED_TO:MESSAGE", question.Id()), (replied.Text("type"), replied.GetProperty("parent").Id()));
        var mentioned = Data(await NotificationOf(carolDevice, mention.Id()));
        Assert.Equal(("USER:MENTIONED:USER", carol.UserId), (mentioned.Text("type"), mentioned.GetProperty("mentionedUser").Id()));
        var channelMention = Data(await NotificationOf(bobDevice, everyone.Id()));
        Assert.Equal(("USER:MENTIONED:CHANNEL", channelId), (channelMention.Text("type"), channelMention.GetProperty("mentionedChannel").Id()));

        var carols = await carolDevice.Call("ListNotifications", new { page = new { size = 10 } });
        var types = carols.GetProperty("items").EnumerateArray().Select(n => n.GetProperty("data").Text("type")).ToList();
        Assert.Equal(["USER:MENTIONED:CHANNEL", "USER:MENTIONED:USER", "USER:SENT:MESSAGE", "USER:SENT:MESSAGE"], types);
        var older = await carolDevice.Call("ListNotifications", new { page = new { size = 2 } });
        var next = older.Id("next");
        var rest = await carolDevice.Call("ListNotifications", new { page = new { size = 2, before = next } });
        Assert.Equal(["USER:SENT:MESSAGE", "USER:SENT:MESSAGE"],
            rest.GetProperty("items").EnumerateArray().Select(n => n.GetProperty("data").Text("type")));
        Assert.False(rest.TryGetProperty("next", out _));
        Assert.DoesNotContain(aliceDevice.Events, e => e.Text("type") == NotificationCreated
            && Data(e).GetProperty("message").Id() == everyone.Id());
    }

    [Fact]
    public async Task AMutedChannel_StillNotifies_MarkedMuted_UntilUnmuted()
    {
        var (_, aliceDevice) = await Connect("alice");
        var (bob, bobDevice) = await Connect("bob");
        var (channelId, _) = await CreateGroup(aliceDevice, bob);

        await bobDevice.Call("MuteChannel", channelId);
        var quiet = await aliceDevice.Call("SendMessage", new { channelId, body = "quiet" });
        Assert.True((await NotificationOf(bobDevice, quiet.Id())).GetProperty("resource").GetProperty("muted").GetBoolean());

        var unmuted = await bobDevice.Call("UnmuteChannel", channelId);
        Assert.Equal(channelId, unmuted.Id());
        var loud = await aliceDevice.Call("SendMessage", new { channelId, body = "loud" });
        Assert.False((await NotificationOf(bobDevice, loud.Id())).GetProperty("resource").GetProperty("muted").GetBoolean());
    }
}
