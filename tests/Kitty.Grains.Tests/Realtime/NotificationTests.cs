using Kitty.Abstractions.Channels;
using Kitty.Abstractions.Errors;
using Kitty.Abstractions.Messages;
using Kitty.Abstractions.Notifications;
using Kitty.Abstractions.Paging;
using Kitty.Abstractions.Realtime;
using Kitty.Abstractions.Sessions;
using Kitty.Abstractions.Users;
using Kitty.Testing;

namespace Kitty.Grains.Tests.Realtime;

/// <summary>
/// Notifications for members who are away from a channel's live chat: one per recipient per message, of its
/// most specific kind, stored and then announced on the recipient's user stream.
/// </summary>
[Collection(ClusterCollection.Name)]
public sealed class NotificationTests(ClusterFixture fixture) : GrainTestBase(fixture)
{
    private SendMessage Text(long? userId, string body, long? replyTo = null) =>
        new(ApplicationId, userId, body, null, null, "{}", ReplyToMessageId: replyTo);

    private async Task<(ChatUser Jane, ChatUser John, ChatUser Mary, IChannelGrain Channel, Channel Model)> Room()
    {
        var jane = await CreateUser("jane");
        var john = await CreateUser("john");
        var mary = await CreateUser("mary");
        var model = await CreateGroupChannel(ChannelType.PRIVATE, $"room-{Guid.NewGuid():N}", jane, john, mary);
        return (jane, john, mary, Grains.GetGrain<IChannelGrain>(model.Id), model);
    }

    private async Task<IReadOnlyList<Notification>> NotificationsOf(ChatUser user) =>
        (await Users.ListNotifications(user.Id, CursorRequest.Newest)).Items;

    private async Task<Notification> OnlyNotificationOf(ChatUser user) => Assert.Single(await NotificationsOf(user));

    [Fact]
    public async Task SendMessage_NotifiesEveryAwayMemberButTheSender_OnTheirUserStream()
    {
        var (jane, john, mary, channel, model) = await Room();
        await using var johnsEvents = await ListenToUser(john.Id);

        var sent = await channel.SendMessage(Text(jane.Id, "hello"));

        var kept = await OnlyNotificationOf(john);
        Assert.Equal((NotificationTypes.UserSentMessage, "JANE sent a message", "hello"), (kept.DataType, kept.Title, kept.Body));
        Assert.Equal((model.Id, sent.Id, false, (DateTimeOffset?)null), (kept.ChannelId, kept.MessageId, kept.Muted, kept.ReadTime));
        Assert.Equal(NotificationTypes.UserSentMessage, (await OnlyNotificationOf(mary)).DataType);
        Assert.Empty(await NotificationsOf(jane));
        var announced = await johnsEvents.Next(ChatEventTypes.NotificationCreated);
        Assert.Equal(kept, announced.Notification);
        Assert.Equal(model.Id, announced.ChannelId);
    }

    [Fact]
    public async Task AMemberInAnActiveChatSession_GetsNone_UntilItEnds()
    {
        var (jane, john, mary, channel, _) = await Room();
        var session = await Grains.GetGrain<IUserGrain>(john.Id).Connect(ApplicationId, new UserConnection("johns-phone", "node-a", "test"));
        await channel.StartChatSession(ApplicationId, john.Id, "johns-phone", session.Id);

        await channel.SendMessage(Text(jane.Id, "john is here"));
        Assert.Empty(await NotificationsOf(john));
        Assert.Single(await NotificationsOf(mary));

        await channel.EndChatSession(ApplicationId, "johns-phone");
        await channel.SendMessage(Text(jane.Id, "john left"));
        Assert.Equal("john left", (await OnlyNotificationOf(john)).Body);
    }

    [Fact]
    public async Task ASystemMessage_NotifiesEveryMember_AsSystemSentMessage_AndAFileReadsFileAttachment()
    {
        var (jane, john, _, channel, _) = await Room();

        await channel.SendMessage(Text(null, "maintenance tonight"));
        await channel.SendMessage(new SendMessage(ApplicationId, null, null,
            new FileProperties(FileType.EXTERNAL, "https://example.com/a.pdf", "a.pdf", "application/pdf", 10), null, "{}"));

        foreach (var member in new[] { jane, john })
        {
            var notifications = await NotificationsOf(member);
            Assert.All(notifications, n => Assert.Equal((NotificationTypes.SystemSentMessage, "System message sent"), (n.DataType, n.Title)));
            Assert.Equal(["File attachment", "maintenance tonight"], notifications.Select(n => n.Body));
        }
    }

    [Fact]
    public async Task AMentionedMember_GetsUserMentionedUser_AndAMentionedOutsiderNothing()
    {
        var (jane, john, mary, channel, _) = await Room();
        var outsider = await CreateUser("outsider");

        await channel.SendMessage(Text(jane.Id, "hey <@john> and <@outsider>"));

        var mention = await OnlyNotificationOf(john);
        Assert.Equal((NotificationTypes.UserMentionedUser, "JANE mentioned you", (long?)john.Id),
            (mention.DataType, mention.Title, mention.MentionedUserId));
        Assert.Equal(NotificationTypes.UserSentMessage, (await OnlyNotificationOf(mary)).DataType);
        Assert.Empty(await NotificationsOf(outsider));
    }

    [Fact]
    public async Task MembersOfAMentionedChannel_GetUserMentionedChannel_IfTheyAreMembersHereToo()
    {
        var (jane, john, mary, channel, _) = await Room();
        var outsider = await CreateUser("outsider");
        var other = await CreateGroupChannel(ChannelType.PUBLIC, "other-room", john, outsider);

        await channel.SendMessage(Text(jane.Id, "see <#other-room>"));

        var mention = await OnlyNotificationOf(john);
        Assert.Equal((NotificationTypes.UserMentionedChannel, "JANE mentioned #other-room", (long?)other.Id),
            (mention.DataType, mention.Title, mention.MentionedChannelId));
        Assert.Equal(NotificationTypes.UserSentMessage, (await OnlyNotificationOf(mary)).DataType);
        Assert.Empty(await NotificationsOf(outsider));
    }

    [Fact]
    public async Task MentioningThisChannel_NotifiesEveryAwayMember_AsUserMentionedChannel()
    {
        var (jane, john, mary, channel, model) = await Room();

        await channel.SendMessage(Text(jane.Id, $"all of <#{model.Name}>"));

        Assert.All([await OnlyNotificationOf(john), await OnlyNotificationOf(mary)],
            n => Assert.Equal((NotificationTypes.UserMentionedChannel, (long?)model.Id), (n.DataType, n.MentionedChannelId)));
    }

    [Fact]
    public async Task TheAuthorOfTheParent_GetsOneUserRepliedToMessage_EvenWhenAlsoMentioned()
    {
        var (jane, john, mary, channel, model) = await Room();
        var parent = await channel.SendMessage(Text(john.Id, "question"));
        await using var johnsEvents = await ListenToUser(john.Id);

        var reply = await channel.SendMessage(Text(jane.Id, $"answer for <@john> in <#{model.Name}>", replyTo: parent.Id));

        var replied = await OnlyNotificationOf(john);
        Assert.Equal((NotificationTypes.UserRepliedToMessage, "JANE replied to your message", (long?)parent.Id, (long?)reply.Id),
            (replied.DataType, replied.Title, replied.ParentMessageId, replied.MessageId));
        Assert.Equal(replied, (await johnsEvents.Next(ChatEventTypes.NotificationCreated)).Notification);
        var marysOwn = (await NotificationsOf(mary)).Select(n => n.DataType);
        Assert.Equal([NotificationTypes.UserMentionedChannel, NotificationTypes.UserSentMessage], marysOwn);
    }

    [Fact]
    public async Task RepliesToOnesOwnMessage_NotifyOthersOnlyAsSent()
    {
        var (jane, john, _, channel, _) = await Room();
        var parent = await channel.SendMessage(Text(jane.Id, "first"));

        await channel.SendMessage(Text(jane.Id, "and more", replyTo: parent.Id));

        Assert.Empty(await NotificationsOf(jane));
        Assert.All(await NotificationsOf(john), n => Assert.Equal(NotificationTypes.UserSentMessage, n.DataType));
    }

    [Fact]
    public async Task AMemberWhoMutedTheChannel_GetsMutedNotifications_UntilUnmuting()
    {
        var (jane, john, mary, channel, _) = await Room();

        await channel.Mute(ApplicationId, john.Id, muted: true);
        await channel.SendMessage(Text(jane.Id, "while muted"));
        await channel.Mute(ApplicationId, john.Id, muted: false);
        await channel.SendMessage(Text(jane.Id, "after unmuting"));

        Assert.Equal([false, true], (await NotificationsOf(john)).Select(n => n.Muted));
        Assert.All(await NotificationsOf(mary), n => Assert.False(n.Muted));
    }

    [Fact]
    public async Task AMemberWhoLeavesAndRejoins_IsNoLongerMuted()
    {
        var jane = await CreateUser("jane");
        var john = await CreateUser("john");
        var model = await CreateGroupChannel(ChannelType.PUBLIC, $"open-{Guid.NewGuid():N}", jane, john);
        var channel = Grains.GetGrain<IChannelGrain>(model.Id);
        await channel.Mute(ApplicationId, john.Id, muted: true);

        await channel.Leave(ApplicationId, john.Id);
        await channel.Join(ApplicationId, john.Id);
        await channel.SendMessage(Text(jane.Id, "welcome back"));

        Assert.False((await OnlyNotificationOf(john)).Muted);
    }

    [Fact]
    public async Task Mute_ByANonMember_IsRefused()
    {
        var (_, _, _, channel, _) = await Room();
        var outsider = await CreateUser("outsider");

        Assert.Equal(KittyError.NotAChannelMemberError, await RefusalOf(() => channel.Mute(ApplicationId, outsider.Id, true)));
    }

    [Fact]
    public async Task ReadNotification_SetsTheReadTimeOnce_AndOnlyForItsRecipient()
    {
        var (jane, john, mary, channel, _) = await Room();
        await channel.SendMessage(Text(jane.Id, "read me"));
        var notification = await OnlyNotificationOf(john);

        Assert.Equal(KittyError.ResourceNotFoundError,
            await RefusalOf(() => Grains.GetGrain<IUserGrain>(mary.Id).ReadNotification(ApplicationId, notification.Id)));
        var read = await Grains.GetGrain<IUserGrain>(john.Id).ReadNotification(ApplicationId, notification.Id);
        var again = await Grains.GetGrain<IUserGrain>(john.Id).ReadNotification(ApplicationId, notification.Id);

        Assert.NotNull(read.ReadTime);
        Assert.Equal(read, again);
        Assert.Equal(read, await OnlyNotificationOf(john));
    }
}
