using Kitty.Abstractions.Paging;

namespace Kitty.Storage.Tests.Contract;

public abstract partial class ChatStoreContractTests
{
    [SkippableFact]
    public async Task AddMember_Twice_KeepsTheFirstTime()
    {
        var user = await AddUser("twice");
        var channel = await AddChannel();

        await Store.AddMember(App, channel.Id, user.Id, T0.AddMinutes(1));
        await Store.AddMember(App, channel.Id, user.Id, T0.AddMinutes(2));

        var page = await Store.ListMemberships(App, channel.Id, PageRequest.First);
        var membership = Assert.Single(page.Items);
        Assert.Equal((channel.Id, user, T0.AddMinutes(1)), (membership.ChannelId, membership.User, membership.CreatedTime));
    }

    [SkippableFact]
    public async Task ListMemberships_SortedByCreatedTime_UseTheMembershipsTime()
    {
        var channel = await AddChannel();
        var olderUser = await AddUser("older-user", created: T0);
        var newerUser = await AddUser("newer-user", created: T0.AddHours(1));
        await Store.AddMember(App, channel.Id, newerUser.Id, T0);
        await Store.AddMember(App, channel.Id, olderUser.Id, T0.AddMinutes(1));

        var page = await Store.ListMemberships(App, channel.Id, new PageRequest(0, 25, [new SortOrder("createdTime", Descending: true)]));

        Assert.Equal([olderUser.Id, newerUser.Id], page.Items.Select(m => m.User.Id));
    }

    [SkippableFact]
    public async Task ListMembers_OrdersByTimeThenUserId_AndPages()
    {
        var channel = await AddChannel();
        var late = await AddUser("late");
        var early2 = await AddUser("early2");
        var early1 = await AddUser("early1");
        await Store.AddMember(App, channel.Id, late.Id, T0.AddMinutes(5));
        await Store.AddMember(App, channel.Id, early1.Id, T0);
        await Store.AddMember(App, channel.Id, early2.Id, T0);

        var first = await Store.ListMembers(App, channel.Id, Page(0, 2));
        var second = await Store.ListMembers(App, channel.Id, Page(1, 2));

        Assert.Equal([early2.Id, early1.Id], IdsOf(first.Items));
        Assert.Equal([late.Id], IdsOf(second.Items));
        Assert.Equal(3, first.TotalElements);
    }

    [SkippableFact]
    public async Task ListMembers_SortedByName_UsesTheUserKey()
    {
        var channel = await AddChannel();
        var zoe = await AddUser("zoe");
        var amy = await AddUser("amy");
        await Store.AddMember(App, channel.Id, zoe.Id, T0);
        await Store.AddMember(App, channel.Id, amy.Id, T0.AddMinutes(1));

        var page = await Store.ListMembers(App, channel.Id, Page(0, 10, new SortOrder("name", false)));

        Assert.Equal([amy.Id, zoe.Id], IdsOf(page.Items));
    }

    [SkippableFact]
    public async Task RemoveMember_RemovesOnlyThatMember()
    {
        var stay = await AddUser("stay");
        var leave = await AddUser("leave");
        var channel = await AddChannel(members: [stay, leave]);

        await Store.RemoveMember(App, channel.Id, leave.Id);
        await Store.RemoveMember(App, channel.Id, leave.Id);

        Assert.Equal([stay.Id], IdsOf((await Store.ListMembers(App, channel.Id, PageRequest.First)).Items));
    }

    [SkippableFact]
    public async Task ListMembers_FromAnotherApplication_IsEmpty()
    {
        var user = await AddUser("hidden");
        var channel = await AddChannel(members: [user]);

        Assert.Equal(0, (await Store.ListMembers(OtherApp, channel.Id, PageRequest.First)).TotalElements);
        await Store.RemoveMember(OtherApp, channel.Id, user.Id);
        Assert.Equal(1, (await Store.ListMembers(App, channel.Id, PageRequest.First)).TotalElements);
    }

    [SkippableFact]
    public async Task Moderators_AreAddedOnceListedAndRemoved()
    {
        var channel = await AddChannel();
        var mod1 = await AddUser("mod1");
        var mod2 = await AddUser("mod2");
        await Store.AddModerator(App, channel.Id, mod2.Id, T0.AddMinutes(1));
        await Store.AddModerator(App, channel.Id, mod1.Id, T0);
        await Store.AddModerator(App, channel.Id, mod1.Id, T0.AddMinutes(9));

        Assert.Equal([mod1.Id, mod2.Id], IdsOf((await Store.ListModerators(App, channel.Id, PageRequest.First)).Items));

        await Store.RemoveModerator(App, channel.Id, mod1.Id);

        Assert.Equal([mod2.Id], IdsOf((await Store.ListModerators(App, channel.Id, PageRequest.First)).Items));
    }

    [SkippableFact]
    public async Task Invites_AreAddedOnceListedWithTheirTimeAndRemoved()
    {
        var channel = await AddChannel(Abstractions.Channels.ChannelType.PRIVATE);
        var guest = await AddUser("guest");
        await Store.AddInvite(App, channel.Id, guest.Id, T0);
        await Store.AddInvite(App, channel.Id, guest.Id, T0.AddDays(1));

        var invite = Assert.Single((await Store.ListInvites(App, channel.Id, PageRequest.First)).Items);
        Assert.Equal((channel.Id, guest, T0), (invite.ChannelId, invite.Invitee, invite.CreatedTime));

        await Store.RemoveInvite(App, channel.Id, guest.Id);

        Assert.Empty((await Store.ListInvites(App, channel.Id, PageRequest.First)).Items);
    }
}
