using Kitty.Abstractions.Notifications;
using Kitty.Abstractions.Paging;
using Kitty.Abstractions.Sessions;
using Kitty.Abstractions.Users;

namespace Kitty.Storage.Tests.Contract;

public abstract partial class ChatStoreContractTests
{
    private Notification NewNotification(ChatUser user, long? app = null) => new(
        Ids.Next(), app ?? App, user.Id, "New message", "ann: hi", "USER:SENT:MESSAGE", Ids.Next(), Ids.Next(), false, T0, null);

    [SkippableFact]
    public async Task ListNotifications_ListsTheUsersNotificationsNewestFirst()
    {
        var user = await AddUser("notified");
        var other = await AddUser("other");
        var first = NewNotification(user);
        var second = NewNotification(user) with { Muted = true, ReadTime = T0.AddMinutes(1), ChannelId = null, MessageId = null };
        await InsertNotification(first);
        await InsertNotification(second);
        await InsertNotification(NewNotification(other));
        await InsertNotification(NewNotification(user, OtherApp));

        var page = await Store.ListNotifications(App, user.Id, CursorRequest.Newest);

        Assert.Equal([second, first], page.Items);
        Assert.False(page.HasOlder);
    }

    [SkippableFact]
    public async Task ListNotifications_WalkingNext_VisitsEachOnce()
    {
        var user = await AddUser("many");
        var notifications = new List<Notification>();
        for (var i = 0; i < 5; i++)
        {
            notifications.Add(NewNotification(user));
            await InsertNotification(notifications[^1]);
        }

        var page = await Store.ListNotifications(App, user.Id, new CursorRequest(2, null, null, CursorRelation.SELF));
        var visited = new List<long>(page.Items.Select(n => n.Id));
        while (page.HasOlder)
        {
            page = await Store.ListNotifications(App, user.Id, new CursorRequest(2, page.Start, page.Next, CursorRelation.NEXT));
            visited.AddRange(page.Items.Select(n => n.Id));
        }

        Assert.Equal(notifications.Select(n => n.Id).OrderDescending(), visited);
    }

    [SkippableFact]
    public async Task ListUserSessions_FiltersByStateAndApplication()
    {
        var user = await AddUser("online");
        var active = new UserSession(Ids.Next(), App, user, SessionState.ACTIVE, T0, null, "test-agent");
        var ended = new UserSession(Ids.Next(), App, user, SessionState.ENDED, T0, T0.AddMinutes(5), null);
        await InsertUserSession(active);
        await InsertUserSession(ended);

        var activeOnly = await Store.ListUserSessions(App, SessionState.ACTIVE, PageRequest.First);
        var all = await Store.ListUserSessions(App, null, PageRequest.First);

        Assert.Equal([active], activeOnly.Items);
        Assert.Equal([active, ended], all.Items);
        Assert.Equal(2, all.TotalElements);
        Assert.Empty((await Store.ListUserSessions(OtherApp, null, PageRequest.First)).Items);
    }

    [SkippableFact]
    public async Task ListChatSessions_FiltersByStateAndCarriesTheUserSession()
    {
        var user = await AddUser("chatter");
        var channel = await AddChannel(members: [user]);
        var session = new UserSession(Ids.Next(), App, user, SessionState.ACTIVE, T0, null, "agent");
        await InsertUserSession(session);
        var live = new ChatSession(Ids.Next(), App, channel.Id, session, SessionState.ACTIVE, T0, null);
        var over = new ChatSession(Ids.Next(), App, channel.Id, session, SessionState.ENDED, T0, T0.AddMinutes(1));
        await InsertChatSession(live);
        await InsertChatSession(over);

        var ended = await Store.ListChatSessions(App, SessionState.ENDED, PageRequest.First);

        Assert.Equal([over], ended.Items);
        Assert.Equal(2, (await Store.ListChatSessions(App, null, PageRequest.First)).TotalElements);
        Assert.Empty((await Store.ListChatSessions(OtherApp, null, PageRequest.First)).Items);
    }
}
