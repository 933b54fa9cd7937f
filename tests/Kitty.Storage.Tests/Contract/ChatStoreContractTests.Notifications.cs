using Kitty.Abstractions.Notifications;
using Kitty.Abstractions.Paging;

namespace Kitty.Storage.Tests.Contract;

public abstract partial class ChatStoreContractTests
{
    [SkippableFact]
    public async Task InsertNotifications_StoresTheBatchWithTheIdsItNames()
    {
        var user = await AddUser("away");
        var other = await AddUser("also-away");
        var mention = NewNotification(user) with { DataType = NotificationTypes.UserMentionedUser, MentionedUserId = user.Id };
        var reply = NewNotification(other) with { DataType = NotificationTypes.UserRepliedToMessage, ParentMessageId = Ids.Next() };
        var channel = NewNotification(user) with { DataType = NotificationTypes.UserMentionedChannel, MentionedChannelId = Ids.Next(), Muted = true };

        await Store.InsertNotifications([mention, reply, channel]);

        Assert.Equal([channel, mention], (await Store.ListNotifications(App, user.Id, CursorRequest.Newest)).Items);
        Assert.Equal([reply], (await Store.ListNotifications(App, other.Id, CursorRequest.Newest)).Items);
    }

    [SkippableFact]
    public async Task InsertNotifications_WithATakenId_StoresNoneOfTheBatch()
    {
        var user = await AddUser("atomic");
        var taken = NewNotification(user);
        await Store.InsertNotifications([taken]);

        await Assert.ThrowsAnyAsync<Exception>(() => Store.InsertNotifications([NewNotification(user), taken]));

        Assert.Equal([taken], (await Store.ListNotifications(App, user.Id, CursorRequest.Newest)).Items);
    }

    [SkippableFact]
    public async Task MarkNotificationRead_SetsTheFirstReadTime_OnlyForItsRecipient()
    {
        var user = await AddUser("reader");
        var stranger = await AddUser("stranger");
        var notification = NewNotification(user);
        await Store.InsertNotifications([notification]);

        Assert.Null(await Store.MarkNotificationRead(App, stranger.Id, notification.Id, T0));
        Assert.Null(await Store.MarkNotificationRead(OtherApp, user.Id, notification.Id, T0));
        var read = await Store.MarkNotificationRead(App, user.Id, notification.Id, T0.AddMinutes(1));
        var again = await Store.MarkNotificationRead(App, user.Id, notification.Id, T0.AddMinutes(2));

        Assert.Equal(notification with { ReadTime = T0.AddMinutes(1) }, read);
        Assert.Equal(read, again);
        Assert.Equal([read!], (await Store.ListNotifications(App, user.Id, CursorRequest.Newest)).Items);
    }
}
