using Kitty.Abstractions.Channels;
using Kitty.Abstractions.Messages;
using Kitty.Abstractions.Notifications;
using Kitty.Abstractions.Paging;
using Kitty.Abstractions.Realtime;
using Kitty.Abstractions.Users;
using Kitty.Testing;

namespace Kitty.Grains.Tests.Realtime;

/// <summary>A recipient who blocked the sender gets no notification of their messages, whatever its reason.</summary>
[Collection(ClusterCollection.Name)]
public sealed class BlockedSenderNotificationTests(ClusterFixture fixture) : GrainTestBase(fixture)
{
    private async Task<IReadOnlyList<Notification>> NotificationsOf(ChatUser user) =>
        (await Users.ListNotifications(user.Id, CursorRequest.Newest)).Items;

    [Fact]
    public async Task ARecipientWhoBlockedTheSender_GetsNoNotification_EvenWhenMentionedOrRepliedTo_UntilUnblocking()
    {
        var jane = await CreateUser("jane");
        var troll = await CreateUser("troll");
        var mary = await CreateUser("mary");
        var model = await CreateGroupChannel(ChannelType.PRIVATE, $"room-{Guid.NewGuid():N}", jane, troll, mary);
        var channel = Grains.GetGrain<IChannelGrain>(model.Id);
        var janes = await channel.SendMessage(new SendMessage(ApplicationId, jane.Id, "hello", null, null, "{}"));
        await Grains.GetGrain<IUserGrain>(jane.Id).Block(ApplicationId, troll.Id);
        await using var janesEvents = await ListenToUser(jane.Id);

        await channel.SendMessage(new SendMessage(ApplicationId, troll.Id, "spam <@jane>", null, null, "{}"));
        await channel.SendMessage(new SendMessage(ApplicationId, troll.Id, "more spam", null, null, "{}", ReplyToMessageId: janes.Id));

        Assert.Equal(3, (await NotificationsOf(mary)).Count);
        Assert.Empty(await NotificationsOf(jane));
        await Grains.GetGrain<IUserGrain>(jane.Id).Unblock(ApplicationId, troll.Id);
        var after = await channel.SendMessage(new SendMessage(ApplicationId, troll.Id, "sorry", null, null, "{}"));
        // The first notification jane's stream carries is the one after unblocking: nothing came before it.
        var announced = await janesEvents.Next(ChatEventTypes.NotificationCreated);
        Assert.Equal(after.Id, announced.Notification!.MessageId);
        Assert.Equal([after.Id], (await NotificationsOf(jane)).Select(n => n.MessageId));
    }
}
