using Kitty.Abstractions.Channels;
using Kitty.Abstractions.Messages;
using Kitty.Abstractions.Paging;
using Kitty.Abstractions.Users;
using Kitty.Testing;

namespace Kitty.Grains.Tests.Realtime;

/// <summary>The channels one user sees: hidden direct channels left out, the unread filter, and leaving forgets per-member state.</summary>
[Collection(ClusterCollection.Name)]
public sealed class ChannelListingTests(ClusterFixture fixture) : GrainTestBase(fixture)
{
    private IMessageDirectoryGrain Messages => Grains.GetGrain<IMessageDirectoryGrain>(ApplicationId);

    private SendMessage Text(long userId, string body) => new(ApplicationId, userId, body, null, null, "{}");

    private async Task<IReadOnlyList<long>> ChannelsOf(UserChannelQuery query) =>
        [.. (await Channels.ListChannelsForUser(query, new PageRequest(0, 25, []))).Items.Select(c => c.Id)];

    private async Task<Channel> Direct(ChatUser opener, ChatUser other) =>
        await Channels.CreateChannel(new CreateChannel(ApplicationId, ChannelType.DIRECT, null, null,
            UserReference.ById(opener.Id), [UserReference.ById(other.Id)], "{}"));

    [Fact]
    public async Task AHiddenDirectChannel_LeavesTheHidersListing_UntilANewMessage()
    {
        var jane = await CreateUser("jane");
        var john = await CreateUser("john");
        var direct = await Direct(jane, john);
        var channel = Grains.GetGrain<IChannelGrain>(direct.Id);

        await channel.Hide(ApplicationId, john.Id);

        Assert.Empty(await ChannelsOf(new(john.Id)));
        Assert.Equal([direct.Id], await ChannelsOf(new(jane.Id, Joined: true)));
        await channel.SendMessage(Text(jane.Id, "still there?"));
        Assert.Equal([direct.Id], await ChannelsOf(new(john.Id, Joined: true)));
    }

    [Fact]
    public async Task TheUnreadFilter_KeepsChannelsWithMessagesTheUserHasNotRead()
    {
        var jane = await CreateUser("jane");
        var john = await CreateUser("john");
        var read = await CreateGroupChannel(ChannelType.PRIVATE, $"read-{Guid.NewGuid():N}", jane, john);
        var unread = await CreateGroupChannel(ChannelType.PRIVATE, $"unread-{Guid.NewGuid():N}", jane, john);
        await Grains.GetGrain<IChannelGrain>(read.Id).SendMessage(Text(jane.Id, "seen"));
        await Grains.GetGrain<IChannelGrain>(unread.Id).SendMessage(Text(jane.Id, "not yet"));

        await Grains.GetGrain<IChannelGrain>(read.Id).ReadChannel(ApplicationId, john.Id);

        Assert.Equal([unread.Id], await ChannelsOf(new(john.Id, Unread: true)));
        Assert.Empty(await ChannelsOf(new(jane.Id, Unread: true)));
    }

    [Fact]
    public async Task AMemberWhoLeavesAndRejoins_StartsWithoutTheirReadPointer()
    {
        var jane = await CreateUser("jane");
        var john = await CreateUser("john");
        var model = await CreateGroupChannel(ChannelType.PUBLIC, $"room-{Guid.NewGuid():N}", jane, john);
        var channel = Grains.GetGrain<IChannelGrain>(model.Id);
        await channel.SendMessage(Text(jane.Id, "one"));
        await channel.SendMessage(Text(jane.Id, "two"));
        await channel.ReadChannel(ApplicationId, john.Id);
        Assert.Equal(0, await Messages.CountUnreadMessages(john.Id, model.Id));

        await channel.Leave(ApplicationId, john.Id);
        await channel.Join(ApplicationId, john.Id);

        Assert.Equal(2, await Messages.CountUnreadMessages(john.Id, model.Id));
        Assert.Equal([model.Id], await ChannelsOf(new(john.Id, Unread: true)));
    }

    [Fact]
    public async Task ARemovedMember_StartsWithoutTheirReadPointerWhenAddedAgain()
    {
        var jane = await CreateUser("jane");
        var john = await CreateUser("john");
        var model = await CreateGroupChannel(ChannelType.PRIVATE, $"room-{Guid.NewGuid():N}", jane, john);
        var channel = Grains.GetGrain<IChannelGrain>(model.Id);
        await channel.SendMessage(Text(jane.Id, "one"));
        await channel.ReadChannel(ApplicationId, john.Id);

        await channel.RemoveMember(ApplicationId, john.Id);
        await channel.AddMember(ApplicationId, john.Id);

        Assert.Equal(1, await Messages.CountUnreadMessages(john.Id, model.Id));
    }
}
