using Kitty.Abstractions.Paging;

namespace Kitty.Storage.Tests.Contract;

/// <summary>User blocks (migration 0004).</summary>
public abstract partial class ChatStoreContractTests
{
    [SkippableFact]
    public async Task AddUserBlock_Twice_KeepsOneRecordWithTheFirstTime()
    {
        var blocker = await AddUser("blocker");
        var blocked = await AddUser("blocked");

        await Store.AddUserBlock(App, blocker.Id, blocked.Id, T0);
        await Store.AddUserBlock(App, blocker.Id, blocked.Id, T0.AddMinutes(1));

        var record = Assert.Single((await Store.ListUserBlocks(App, blocker.Id, PageRequest.First)).Items);
        Assert.Equal((blocked.Id, T0), (record.User.Id, record.CreatedTime));
    }

    [SkippableFact]
    public async Task UserBlocks_InAnotherApplication_AreNeitherSeenNorRemoved()
    {
        var blocker = await AddUser("blocker");
        var blocked = await AddUser("blocked");
        await Store.AddUserBlock(App, blocker.Id, blocked.Id, T0);

        await Store.RemoveUserBlock(OtherApp, blocker.Id, blocked.Id);

        Assert.Empty((await Store.ListUserBlocks(OtherApp, blocker.Id, PageRequest.First)).Items);
        Assert.Empty(await Store.ListUsersBlocking(OtherApp, blocked.Id, [blocker.Id]));
        Assert.Single((await Store.ListUserBlocks(App, blocker.Id, PageRequest.First)).Items);
    }

    [SkippableFact]
    public async Task RemoveUserBlock_Twice_Unblocks()
    {
        var blocker = await AddUser("blocker");
        var blocked = await AddUser("blocked");
        await Store.AddUserBlock(App, blocker.Id, blocked.Id, T0);

        await Store.RemoveUserBlock(App, blocker.Id, blocked.Id);
        await Store.RemoveUserBlock(App, blocker.Id, blocked.Id);

        Assert.Empty((await Store.ListUserBlocks(App, blocker.Id, PageRequest.First)).Items);
        Assert.Empty(await Store.ListUsersBlocking(App, blocked.Id, [blocker.Id]));
    }

    [SkippableFact]
    public async Task ListUsersBlocking_ReturnsTheCandidatesWhoBlockedTheUser()
    {
        var sender = await AddUser("sender");
        var blocker = await AddUser("blocker");
        var other = await AddUser("other");
        var friend = await AddUser("friend");
        var notCandidate = await AddUser("not-candidate");
        await Store.AddUserBlock(App, blocker.Id, sender.Id, T0);
        await Store.AddUserBlock(App, notCandidate.Id, sender.Id, T0);
        await Store.AddUserBlock(App, other.Id, friend.Id, T0);

        var blocking = await Store.ListUsersBlocking(App, sender.Id, [blocker.Id, other.Id, friend.Id]);

        Assert.Equal([blocker.Id], blocking);
        Assert.Empty(await Store.ListUsersBlocking(App, sender.Id, []));
    }

    [SkippableFact]
    public async Task CountUnreadMessages_LeavesOutWhatBlockedUsersSent()
    {
        var (channel, reader, writer) = await ChannelWithReaderAndWriter();
        await Send(channel, writer);
        await Store.AddUserBlock(App, reader.Id, writer.Id, T0);

        Assert.Equal(0, await Store.CountUnreadMessages(App, reader.Id, channel.Id));
    }
}
