using Kitty.Abstractions.Channels;
using Kitty.Abstractions.Paging;

namespace Kitty.Storage.Tests.Contract;

/// <summary>The channels one user sees: joined, joinable, unread, by name; hidden direct channels left out.</summary>
public abstract partial class ChatStoreContractTests
{
    [SkippableFact]
    public async Task ListChannelsForUser_ByJoined_SplitsMemberAndJoinableChannels()
    {
        var user = await AddUser("viewer");
        var joined = await AddChannel(ChannelType.PRIVATE, created: T0, members: [user]);
        var joinable = await AddChannel(ChannelType.PUBLIC, created: T0.AddMinutes(1));
        await AddChannel(ChannelType.PRIVATE, created: T0.AddMinutes(2));

        Assert.Equal([joined.Id], await ChannelsFor(new(user.Id, Joined: true)));
        Assert.Equal([joinable.Id], await ChannelsFor(new(user.Id, Joined: false)));
        Assert.Equal([joinable.Id, joined.Id], await ChannelsFor(new(user.Id)));
        Assert.Empty((await Store.ListChannelsForUser(OtherApp, new(user.Id), PageRequest.First)).Items);
    }

    [SkippableFact]
    public async Task ListChannelsForUser_LeavesOutHiddenDirectChannelsUntilUnhidden()
    {
        var user = await AddUser("hider");
        var friend = await AddUser("friend");
        var direct = await AddChannel(ChannelType.DIRECT, members: [user, friend]);

        await Store.HideChannel(App, direct.Id, user.Id, T0);
        await Store.HideChannel(App, direct.Id, user.Id, T0);

        Assert.Empty(await ChannelsFor(new(user.Id)));
        Assert.Equal([direct.Id], await ChannelsFor(new(friend.Id)));
        await Store.UnhideChannel(App, direct.Id);
        Assert.Equal([direct.Id], await ChannelsFor(new(user.Id)));
    }

    [SkippableFact]
    public async Task HideChannel_InAnotherApplication_HidesNothing()
    {
        var user = await AddUser("hider");
        var friend = await AddUser("friend");
        var direct = await AddChannel(ChannelType.DIRECT, members: [user, friend]);

        await Store.HideChannel(OtherApp, direct.Id, user.Id, T0);

        Assert.Equal([direct.Id], await ChannelsFor(new(user.Id)));
    }

    [SkippableFact]
    public async Task RemoveMember_ForgetsTheMembersHiddenMark()
    {
        var user = await AddUser("hider");
        var channel = await AddChannel(ChannelType.PRIVATE, members: [user]);
        await Store.HideChannel(App, channel.Id, user.Id, T0);

        await Store.RemoveMember(App, channel.Id, user.Id);
        await Store.AddMember(App, channel.Id, user.Id, T0);

        Assert.Equal([channel.Id], await ChannelsFor(new(user.Id)));
    }

    [SkippableFact]
    public async Task DeleteChannel_TakesItsHiddenMarksAlong()
    {
        var user = await AddUser("hider");
        var friend = await AddUser("friend");
        var direct = await AddChannel(ChannelType.DIRECT, members: [user, friend]);
        await Store.HideChannel(App, direct.Id, user.Id, T0);

        await Store.DeleteChannel(App, direct.Id);
        await Recreate(direct, user, friend);

        Assert.Equal([direct.Id], await ChannelsFor(new(user.Id)));
    }

    [SkippableFact]
    public async Task ListChannelsForUser_ByUnread_KeepsChannelsWithMessagesAfterThePointer()
    {
        var (read, reader, writer) = await ChannelWithReaderAndWriter();
        var unread = await AddChannel(ChannelType.PRIVATE, members: [reader, writer]);
        var ownOnly = await AddChannel(ChannelType.PRIVATE, members: [reader, writer]);
        await Send(read, writer);
        await Store.SetReadPointer(App, read.Id, reader.Id, 1);
        await Send(unread, writer);
        await Send(ownOnly, reader);

        Assert.Equal([unread.Id], await ChannelsFor(new(reader.Id, Unread: true)));
        Assert.Equal([unread.Id], await ChannelsFor(new(reader.Id, Joined: true, Unread: true)));
        Assert.Empty(await ChannelsFor(new(reader.Id, Joined: false, Unread: true)));
    }

    [SkippableFact]
    public async Task ListChannelsForUser_ByName_MatchesNameOrDisplayNameIgnoringCase()
    {
        var user = await AddUser("viewer");
        var general = await AddChannel(ChannelType.PUBLIC, name: "general-chat", created: T0);
        var random = await AddChannel(ChannelType.PUBLIC, name: "random_100%", created: T0.AddMinutes(1));

        Assert.Equal([general.Id], await ChannelsFor(new(user.Id, Name: "GENERAL")));
        Assert.Equal([random.Id], await ChannelsFor(new(user.Id, Name: "_100%")));
        Assert.Empty(await ChannelsFor(new(user.Id, Name: "100%x")));
    }

    [SkippableFact]
    public async Task ListChannelsForUser_PagesNewestFirst()
    {
        var user = await AddUser("viewer");
        var first = await AddChannel(ChannelType.PUBLIC, created: T0);
        var second = await AddChannel(ChannelType.PUBLIC, created: T0.AddMinutes(1));
        var third = await AddChannel(ChannelType.PUBLIC, created: T0.AddMinutes(2));

        var page1 = await Store.ListChannelsForUser(App, new(user.Id), Page(0, 2));
        var page2 = await Store.ListChannelsForUser(App, new(user.Id), Page(1, 2));

        Assert.Equal([third.Id, second.Id], IdsOf(page1.Items));
        Assert.Equal([first.Id], IdsOf(page2.Items));
        Assert.Equal(3, page1.TotalElements);
    }

    private async Task<IReadOnlyList<long>> ChannelsFor(UserChannelQuery query) =>
        [.. IdsOf((await Store.ListChannelsForUser(App, query, PageRequest.First)).Items)];
}
