using Kitty.Client.Models;
using Kitty.Client.Requests;
using Kitty.Testing;

namespace Kitty.Client.Tests.EndToEnd;

/// <summary>Notifications and channel mutes through the SDK.</summary>
[Collection(ServerCollection.Name)]
public sealed class NotificationTests(KittyServerFixture server) : ClientTestBase(server)
{
    private async Task<Channel> GroupAsync(KittyClient creator, params KittyClient[] members) =>
        await creator.CreateChannelAsync(new CreateChannelRequest(
            "PRIVATE", Name("room"), Members: [.. members.Select(m => UserRef.ById(m.CurrentUser.Id))]));

    private static Recorder<Notification> Notifications(KittyClient client)
    {
        var recorder = new Recorder<Notification>();
        client.NotificationReceived += (_, e) => recorder.Add(e.Resource);
        return recorder;
    }

    [Fact]
    public async Task AMemberAwayFromTheChat_IsNotified_AMemberInTheChatIsNot_AndTheNotificationIsListedAndRead()
    {
        var alice = await ConnectAsync("alice");
        var bob = await ConnectAsync("bob");
        var carol = await ConnectAsync("carol");
        var bobNotifications = Notifications(bob);
        var carolNotifications = Notifications(carol);
        var bobMessages = new Recorder<Message>();
        bob.MessageReceived += (_, e) => bobMessages.Add(e.Resource);
        var channel = await GroupAsync(alice, bob, carol);
        await bob.StartChatSessionAsync(channel.Id);

        var hello = await alice.SendMessageAsync(channel.Id, "hello");

        var notification = await carolNotifications.NextAsync(n => n.Data?.Message?.Id == hello.Id);
        Assert.Equal(("USER:SENT:MESSAGE", channel.Id), (notification.Data!.Type, notification.Data.ChannelId!.Value));
        Assert.Equal(($"{alice.CurrentUser.Name} sent a message", "hello"), (notification.Title, notification.Body));
        Assert.Equal(channel.Id, notification.Channel!.Id);
        Assert.False(notification.Muted);
        Assert.Null(notification.ReadTime);
        await bobMessages.NextAsync(m => m.Id == hello.Id);

        // Bob leaves the chat: the next message notifies him, and nothing came before it.
        await bob.EndChatSessionAsync(channel.Id);
        var later = await alice.SendMessageAsync(channel.Id, "later");
        await bobNotifications.NextAsync(n => n.Data?.Message?.Id == later.Id);
        Assert.Empty(bobNotifications.Drain());

        var listed = await carol.ListNotificationsAsync(new PageRequest(Size: 10));
        Assert.Equal(notification.Id, Assert.Single(listed.Items, n => n.Data?.Message?.Id == hello.Id).Id);

        var read = await carol.ReadNotificationAsync(notification.Id);

        Assert.Equal(notification.Id, read.Id);
        Assert.NotNull(read.ReadTime);
        Assert.NotNull((await carol.ListNotificationsAsync()).Items.Single(n => n.Id == notification.Id).ReadTime);
        var refused = await Assert.ThrowsAsync<KittyClientException>(() => bob.ReadNotificationAsync(notification.Id));
        Assert.Equal(KittyErrorNames.ResourceNotFoundError, refused.ErrorName);
    }

    [Fact]
    public async Task MentionsAndReplies_AreNotifiedByKind_AndPagedNewestFirst()
    {
        var alice = await ConnectAsync("alice");
        var bob = await ConnectAsync("bob");
        var carol = await ConnectAsync("carol");
        var aliceNotifications = Notifications(alice);
        var carolNotifications = Notifications(carol);
        var channel = await GroupAsync(alice, bob, carol);

        var question = await alice.SendMessageAsync(channel.Id, "question");
        var answer = await bob.SendMessageAsync(new SendMessageRequest(ReplyToMessageId: question.Id, Body: "answer"));
        var mention = await bob.SendMessageAsync(channel.Id, $"hi <@{carol.CurrentUser.Name}>");

        var replied = (await aliceNotifications.NextAsync(n => n.Data?.Message?.Id == answer.Id)).Data!;
        Assert.Equal(("USER:REPLIED_TO:MESSAGE", question.Id), (replied.Type, replied.Parent!.Id));
        var mentioned = (await carolNotifications.NextAsync(n => n.Data?.Message?.Id == mention.Id)).Data!;
        Assert.Equal(("USER:MENTIONED:USER", carol.CurrentUser.Id), (mentioned.Type, mentioned.MentionedUser!.Id));

        // Carol is notified of all three: the reply is a message sent to her channel.
        var all = await carol.ListNotificationsAsync();
        Assert.Equal(["USER:MENTIONED:USER", "USER:SENT:MESSAGE", "USER:SENT:MESSAGE"], all.Items.Select(n => n.Data!.Type));
        Assert.Equal([mention.Id, answer.Id, question.Id], all.Items.Select(n => n.Data!.Message!.Id));
        var newest = await carol.ListNotificationsAsync(new PageRequest(Size: 2));
        Assert.Equal([mention.Id, answer.Id], newest.Items.Select(n => n.Data!.Message!.Id));
        var older = await carol.ListNotificationsAsync(new PageRequest(Size: 2, Before: newest.Next));
        Assert.Equal(question.Id, Assert.Single(older.Items).Data!.Message!.Id);
        Assert.Null(older.Next);
    }

    [Fact]
    public async Task AMutedChannel_StillNotifies_MarkedMuted_UntilUnmuted()
    {
        var alice = await ConnectAsync("alice");
        var bob = await ConnectAsync("bob");
        var bobNotifications = Notifications(bob);
        var channel = await GroupAsync(alice, bob);

        var muted = await bob.MuteChannelAsync(channel.Id);

        Assert.Equal(channel.Id, muted.Id);
        var quiet = await alice.SendMessageAsync(channel.Id, "quiet");
        Assert.True((await bobNotifications.NextAsync(n => n.Data?.Message?.Id == quiet.Id)).Muted);

        var unmuted = await bob.UnmuteChannelAsync(channel.Id);

        Assert.Equal(channel.Id, unmuted.Id);
        var loud = await alice.SendMessageAsync(channel.Id, "loud");
        Assert.False((await bobNotifications.NextAsync(n => n.Data?.Message?.Id == loud.Id)).Muted);
    }
}
