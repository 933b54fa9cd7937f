using Kitty.Abstractions.Channels;
using Kitty.Abstractions.Errors;
using Kitty.Abstractions.Paging;
using Kitty.Abstractions.Users;
using Kitty.Testing;

namespace Kitty.Grains.Tests;

[Collection(ClusterCollection.Name)]
public sealed class ChannelGrainTests(ClusterFixture fixture) : GrainTestBase(fixture)
{
    private Task<Channel> CreateDirect(UserReference? creator, params ChatUser[] members) =>
        Channels.CreateChannel(new CreateChannel(ApplicationId, ChannelType.DIRECT, null, null, creator,
            [.. members.Select(m => UserReference.ById(m.Id))], "{}"));

    [Fact]
    public async Task CreateDirectChannel_ForTheSameMemberSet_ReturnsTheExistingChannel()
    {
        var jane = await CreateUser("jane");
        var john = await CreateUser("john");

        var first = await CreateDirect(UserReference.ById(jane.Id), john);
        var again = await CreateDirect(null, john, jane);

        Assert.Equal(first.Id, again.Id);
        Assert.Equal(ChannelType.DIRECT, first.Type);
        Assert.Equal(["jane", "john"], first.Members!.Select(m => m.Name).Order());
        Assert.Null(first.Name);
    }

    [Fact]
    public async Task CreateDirectChannel_WithMoreThanTenMembers_IsRefused()
    {
        var users = new List<ChatUser>();
        for (var i = 0; i < 11; i++) users.Add(await CreateUser($"member-{i}"));

        Assert.Equal(KittyError.ValidationError, await RefusalOf(() => CreateDirect(null, [.. users])));
    }

    [Fact]
    public async Task CreateDirectChannel_WithOneMember_IsRefused()
    {
        var jane = await CreateUser("jane");

        Assert.Equal(KittyError.ValidationError, await RefusalOf(() => CreateDirect(UserReference.ById(jane.Id), jane)));
    }

    [Fact]
    public async Task CreateGroupChannel_WithATakenName_ReturnsTheExistingChannel()
    {
        var first = await CreateGroupChannel(ChannelType.PUBLIC, "general");
        var again = await CreateGroupChannel(ChannelType.PUBLIC, "general");

        Assert.Equal(first.Id, again.Id);
        Assert.Equal("general", first.DisplayName);
        Assert.Equal(KittyError.DuplicateResourceError, await RefusalOf(() => CreateGroupChannel(ChannelType.PRIVATE, "general")));
    }

    [Fact]
    public async Task CreateGroupChannel_WithoutAName_GetsAUniqueRandomName()
    {
        var channel = await Channels.CreateChannel(new CreateChannel(ApplicationId, ChannelType.PRIVATE, null, null, null, [], "{}"));

        Assert.True(Guid.TryParse(channel.Name, out _));
    }

    [Fact]
    public async Task CreateChannel_WithAnUnknownMember_IsNotFound()
    {
        Assert.Equal(KittyError.ResourceNotFoundError, await RefusalOf(() =>
            Channels.CreateChannel(new CreateChannel(ApplicationId, ChannelType.PUBLIC, "x", null, null, [UserReference.ByName("ghost")], "{}"))));
    }

    [Fact]
    public async Task Members_AreAddedListedAndRemoved()
    {
        var jane = await CreateUser("jane");
        var john = await CreateUser("john");
        var channel = await CreateGroupChannel(ChannelType.PRIVATE, "team", jane);
        var grain = Grains.GetGrain<IChannelGrain>(channel.Id);

        await grain.AddMember(ApplicationId, john.Id);
        var members = await Channels.ListMembers(channel.Id, PageRequest.First);
        await grain.RemoveMember(ApplicationId, jane.Id);
        var after = await Channels.ListMemberships(channel.Id, PageRequest.First);

        Assert.Equal(["jane", "john"], members.Items.Select(u => u.Name).Order());
        Assert.Equal("john", Assert.Single(after.Items).User.Name);
        Assert.False(await grain.IsMember(ApplicationId, jane.Id));
    }

    [Fact]
    public async Task AddMember_ToADirectChannel_IsAnInvalidOperation()
    {
        var jane = await CreateUser("jane");
        var john = await CreateUser("john");
        var carl = await CreateUser("carl");
        var direct = await CreateDirect(null, jane, john);

        Assert.Equal(KittyError.InvalidOperationError,
            await RefusalOf(() => Grains.GetGrain<IChannelGrain>(direct.Id).AddMember(ApplicationId, carl.Id)));
    }

    [Fact]
    public async Task Moderators_MustBeMembersOfAGroupChannel()
    {
        var jane = await CreateUser("jane");
        var john = await CreateUser("john");
        var channel = await CreateGroupChannel(ChannelType.PUBLIC, "mods", jane);
        var grain = Grains.GetGrain<IChannelGrain>(channel.Id);

        var moderator = await grain.AddModerator(ApplicationId, jane.Id);
        var moderators = await Channels.ListModerators(channel.Id, PageRequest.First);

        Assert.Equal(jane.Id, moderator.Id);
        Assert.Equal(jane.Id, Assert.Single(moderators.Items).Id);
        Assert.Equal(KittyError.NotAChannelMemberError, await RefusalOf(() => grain.AddModerator(ApplicationId, john.Id)));
        var direct = await CreateDirect(null, jane, john);
        Assert.Equal(KittyError.CannotAddModeratorToChannelError,
            await RefusalOf(() => Grains.GetGrain<IChannelGrain>(direct.Id).AddModerator(ApplicationId, jane.Id)));
    }

    [Fact]
    public async Task Invites_AreListedUntilTheInviteeJoins()
    {
        var jane = await CreateUser("jane");
        var channel = await CreateGroupChannel(ChannelType.PRIVATE, "secret");
        var grain = Grains.GetGrain<IChannelGrain>(channel.Id);

        var invite = await grain.Invite(ApplicationId, jane.Id);
        var pending = await Channels.ListInvites(channel.Id, PageRequest.First);
        await grain.AddMember(ApplicationId, jane.Id);
        var afterJoin = await Channels.ListInvites(channel.Id, PageRequest.First);

        Assert.Equal(jane.Id, invite.Invitee.Id);
        Assert.Single(pending.Items);
        Assert.Empty(afterJoin.Items);
    }

    [Fact]
    public async Task UpdateChannel_MergesPropertiesAndSetsTheDisplayName()
    {
        var channel = await CreateGroupChannel(ChannelType.PUBLIC, "renamed");

        var updated = await Grains.GetGrain<IChannelGrain>(channel.Id)
            .Update(ApplicationId, new ChannelPatch("Renamed!", """{"topic":"cats"}"""));

        Assert.Equal("Renamed!", updated.DisplayName);
        Assert.Equal("renamed", updated.Name);
        Assert.Equal("""{"topic":"cats"}""", updated.PropertiesJson);
    }

    [Fact]
    public async Task DeleteChannel_MakesItUnknownAndFreesItsName()
    {
        var channel = await CreateGroupChannel(ChannelType.PUBLIC, "doomed");

        await Grains.GetGrain<IChannelGrain>(channel.Id).Delete(ApplicationId);
        var reborn = await CreateGroupChannel(ChannelType.PUBLIC, "doomed");

        Assert.NotEqual(channel.Id, reborn.Id);
        Assert.Equal(KittyError.ResourceNotFoundError,
            await RefusalOf(() => Grains.GetGrain<IChannelGrain>(channel.Id).Get(ApplicationId)));
    }

    [Fact]
    public async Task Channels_OfAnotherApplication_AreNotFound()
    {
        var channel = await CreateGroupChannel(ChannelType.PUBLIC, "mine");

        Assert.Equal(KittyError.ResourceNotFoundError,
            await RefusalOf(() => Grains.GetGrain<IChannelGrain>(channel.Id).Get(ApplicationId + 1)));
        Assert.Equal(KittyError.ResourceNotFoundError,
            await RefusalOf(() => Grains.GetGrain<IChannelDirectoryGrain>(ApplicationId + 1).ListMembers(channel.Id, PageRequest.First)));
    }

    [Fact]
    public async Task ListChannels_FiltersByTypeAndMembers()
    {
        var jane = await CreateUser("jane");
        var john = await CreateUser("john");
        await CreateGroupChannel(ChannelType.PUBLIC, "with-jane", jane);
        await CreateGroupChannel(ChannelType.PRIVATE, "with-both", jane, john);

        var privates = await Channels.ListChannels(new ChannelQuery(Type: ChannelType.PRIVATE), PageRequest.First);
        var withBoth = await Channels.ListChannels(new ChannelQuery(MemberNames: ["jane", "john"]), PageRequest.First);
        var janes = await Channels.ListUserChannels(jane.Id, PageRequest.First);

        Assert.Equal("with-both", Assert.Single(privates.Items).Name);
        Assert.Equal("with-both", Assert.Single(withBoth.Items).Name);
        Assert.Equal(2, janes.TotalElements);
    }
}
