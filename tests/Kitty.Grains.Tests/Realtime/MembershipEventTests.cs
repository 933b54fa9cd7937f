using Kitty.Abstractions.Channels;
using Kitty.Abstractions.Errors;
using Kitty.Abstractions.Paging;
using Kitty.Abstractions.Realtime;
using Kitty.Testing;

namespace Kitty.Grains.Tests.Realtime;

/// <summary>Joining, leaving, adding, removing and inviting: the channel and the user both hear of it.</summary>
[Collection(ClusterCollection.Name)]
public sealed class MembershipEventTests(ClusterFixture fixture) : GrainTestBase(fixture)
{
    [Fact]
    public async Task Join_APublicChannel_AnnouncesTheMember_AndTellsTheUser()
    {
        var model = await CreateGroupChannel(ChannelType.PUBLIC, "lobby");
        var jane = await CreateUser("jane");
        var channel = Grains.GetGrain<IChannelGrain>(model.Id);
        await using var events = await ListenToChannel(model.Id);
        await using var janes = await ListenToUser(jane.Id);

        await channel.Join(ApplicationId, jane.Id);
        await channel.Join(ApplicationId, jane.Id);

        Assert.Equal(jane.Id, (await events.Next(ChatEventTypes.MemberJoined)).User!.Id);
        Assert.Equal(model.Id, (await janes.Next(ChatEventTypes.UserChannelJoined)).Channel!.Id);
        Assert.True(await channel.IsMember(ApplicationId, jane.Id));
        Assert.Equal(1, events.Count(ChatEventTypes.MemberJoined));
    }

    [Fact]
    public async Task Join_APrivateChannel_IsRefused()
    {
        var model = await CreateGroupChannel(ChannelType.PRIVATE, "secret");
        var jane = await CreateUser("jane");

        Assert.Equal(KittyError.ChannelNotPubliclyJoinableError,
            await RefusalOf(() => Grains.GetGrain<IChannelGrain>(model.Id).Join(ApplicationId, jane.Id)));
    }

    [Fact]
    public async Task Leave_AnnouncesTheMemberLeft_AndTellsTheUser()
    {
        var jane = await CreateUser("jane");
        var model = await CreateGroupChannel(ChannelType.PRIVATE, "team", jane);
        var channel = Grains.GetGrain<IChannelGrain>(model.Id);
        await using var events = await ListenToChannel(model.Id);
        await using var janes = await ListenToUser(jane.Id);

        await channel.Leave(ApplicationId, jane.Id);

        Assert.Equal(jane.Id, (await events.Next(ChatEventTypes.MemberLeft)).User!.Id);
        Assert.Equal(model.Id, (await janes.Next(ChatEventTypes.UserChannelLeft)).Channel!.Id);
        Assert.False(await channel.IsMember(ApplicationId, jane.Id));
    }

    [Fact]
    public async Task Leave_AChannelTheUserIsNotIn_IsRefused()
    {
        var model = await CreateGroupChannel(ChannelType.PUBLIC, "lobby");
        var jane = await CreateUser("jane");

        Assert.Equal(KittyError.NotAChannelMemberError,
            await RefusalOf(() => Grains.GetGrain<IChannelGrain>(model.Id).Leave(ApplicationId, jane.Id)));
    }

    [Fact]
    public async Task RemovingAMember_EndsTheirChatSessions()
    {
        var jane = await CreateUser("jane");
        var model = await CreateGroupChannel(ChannelType.PRIVATE, "team", jane);
        var channel = Grains.GetGrain<IChannelGrain>(model.Id);
        await channel.StartChatSession(ApplicationId, jane.Id, "phone", 1);
        await using var events = await ListenToChannel(model.Id);

        await channel.RemoveMember(ApplicationId, jane.Id);

        Assert.Equal(jane.Id, (await events.Next(ChatEventTypes.MemberLeft)).User!.Id);
        Assert.Equal([ChatEventTypes.ParticipantInactive, ChatEventTypes.MemberLeft],
            events.Events.Select(e => e.Type).Where(t => t != ChatEventTypes.ParticipantActive));
        Assert.Empty((await channel.ListParticipants(ApplicationId, PageRequest.First)).Items);
    }

    [Fact]
    public async Task AddingAMemberOrInvitingAUser_TellsThemTheyJoined()
    {
        var model = await CreateGroupChannel(ChannelType.PRIVATE, "team");
        var jane = await CreateUser("jane");
        var john = await CreateUser("john");
        var channel = Grains.GetGrain<IChannelGrain>(model.Id);
        await using var janes = await ListenToUser(jane.Id);
        await using var johns = await ListenToUser(john.Id);

        await channel.AddMember(ApplicationId, jane.Id);
        await channel.Invite(ApplicationId, john.Id);

        Assert.Equal(model.Id, (await janes.Next(ChatEventTypes.UserChannelJoined)).Channel!.Id);
        Assert.Equal(model.Id, (await johns.Next(ChatEventTypes.UserChannelJoined)).Channel!.Id);
    }

    [Fact]
    public async Task CreatingAChannel_TellsEveryMemberTheyJoined()
    {
        var jane = await CreateUser("jane");
        await using var janes = await ListenToUser(jane.Id);

        var model = await CreateGroupChannel(ChannelType.PRIVATE, "team", jane);

        Assert.Equal(model.Id, (await janes.Next(ChatEventTypes.UserChannelJoined)).Channel!.Id);
    }
}
