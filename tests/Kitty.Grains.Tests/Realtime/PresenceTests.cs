using Kitty.Abstractions.Channels;
using Kitty.Abstractions.Errors;
using Kitty.Abstractions.Paging;
using Kitty.Abstractions.Realtime;
using Kitty.Abstractions.Sessions;
using Kitty.Abstractions.Users;
using Kitty.Testing;

namespace Kitty.Grains.Tests.Realtime;

/// <summary>
/// Presence follows connections: online from the first, offline after the last closes or its lease runs
/// out (the test cluster's lease is <see cref="ClusterFixture.LeaseDuration"/>). Channels with chat
/// sessions hear of each change.
/// </summary>
[Collection(ClusterCollection.Name)]
public sealed class PresenceTests(ClusterFixture fixture) : GrainTestBase(fixture)
{
    private ISessionDirectoryGrain Sessions => Grains.GetGrain<ISessionDirectoryGrain>(ApplicationId);

    private static UserConnection Connection(string id) => new(id, "node-a", "test-agent");

    /// <summary>Jane is a member of a channel where John chats, so the channel announces Jane's presence.</summary>
    private async Task<(ChatUser Jane, IUserGrain Grain, IChannelGrain Channel, StreamProbe Events)> JaneInAChannelWithJohn()
    {
        var jane = await CreateUser("jane");
        var john = await CreateUser("john");
        var model = await CreateGroupChannel(ChannelType.PRIVATE, $"team-{Guid.NewGuid():N}", jane, john);
        var channel = Grains.GetGrain<IChannelGrain>(model.Id);
        await channel.StartChatSession(ApplicationId, john.Id, "john-laptop", 1);
        return (jane, Grains.GetGrain<IUserGrain>(jane.Id), channel, await ListenToChannel(model.Id));
    }

    [Fact]
    public async Task AUserWithoutConnections_IsOffline()
    {
        var jane = await CreateUser("jane");

        Assert.Equal(UserPresence.Offline, jane.Presence);
        Assert.Equal(new UserPresence(PresenceStatus.Available, false),
            (await Grains.GetGrain<IUserGrain>(jane.Id).GetCurrentUser(ApplicationId)).Presence);
    }

    [Fact]
    public async Task Connect_PutsTheUserOnline_AndTheirChannelsHearOfIt()
    {
        var (jane, grain, _, events) = await JaneInAChannelWithJohn();
        await using var _ = events;

        var session = await grain.Connect(ApplicationId, Connection("phone"));

        var changed = await events.Next(ChatEventTypes.ParticipantPresenceChanged);
        Assert.Equal((jane.Id, true, PresenceStatus.Available), (changed.User!.Id, changed.User.Presence.Online, changed.User.Presence.Status));
        Assert.True((await grain.Get(ApplicationId)).Presence.Online);
        Assert.True(session.User.Presence.Online);
        var stored = Assert.Single((await Sessions.ListUserSessions(SessionState.ACTIVE, PageRequest.First)).Items);
        Assert.Equal((session.Id, "test-agent"), (stored.Id, stored.UserAgent));
        var listed = (await Users.ListUsers(new UserQuery(Name: "jane"), PageRequest.First)).Items;
        Assert.True(Assert.Single(listed).Presence.Online);
    }

    [Fact]
    public async Task Disconnect_OfTheLastConnection_TakesTheUserOffline_AndNamesItsChatSessions()
    {
        var (jane, grain, channel, events) = await JaneInAChannelWithJohn();
        await using var _ = events;
        var channelId = channel.GetPrimaryKeyLong();
        await grain.Connect(ApplicationId, Connection("phone"));
        await grain.Connect(ApplicationId, Connection("laptop"));
        await grain.AttachChatSession("laptop", channelId);

        Assert.Empty(await grain.Disconnect(ApplicationId, "phone"));
        await grain.RenewLeases("node-a", ["laptop"]);
        Assert.Equal([channelId], await grain.Disconnect(ApplicationId, "laptop"));

        var offline = await events.Next(ChatEventTypes.ParticipantPresenceChanged, e => !e.User!.Presence.Online);
        Assert.Equal(jane.Id, offline.User!.Id);
        Assert.Equal(2, events.Count(ChatEventTypes.ParticipantPresenceChanged));
        Assert.Equal(UserPresence.Offline, (await grain.Get(ApplicationId)).Presence);
        Assert.Equal(2, (await Sessions.ListUserSessions(SessionState.ENDED, PageRequest.First)).TotalElements);
    }

    [Fact]
    public async Task AConnectionWhoseLeaseRunsOut_IsClosed_WithItsChatSessions()
    {
        var (jane, grain, channel, events) = await JaneInAChannelWithJohn();
        await using var _ = events;
        var session = await grain.Connect(ApplicationId, Connection("phone"));
        await channel.StartChatSession(ApplicationId, jane.Id, "phone", session.Id);
        await grain.AttachChatSession("phone", channel.GetPrimaryKeyLong());

        var inactive = await events.Next(ChatEventTypes.ParticipantInactive);
        var offline = await events.Next(ChatEventTypes.ParticipantPresenceChanged, e => !e.User!.Presence.Online);

        Assert.Equal((jane.Id, jane.Id), (inactive.User!.Id, offline.User!.Id));
        Assert.Equal(UserPresence.Offline, (await grain.Get(ApplicationId)).Presence);
        Assert.Equal(["phone"], await grain.RenewLeases("node-a", ["phone"]));
    }

    [Fact]
    public async Task RenewLeases_ReturnsTheConnectionsTheUserDoesNotKnow()
    {
        var jane = await CreateUser("jane");
        var grain = Grains.GetGrain<IUserGrain>(jane.Id);
        await grain.Connect(ApplicationId, Connection("phone"));

        Assert.Equal(["gone"], await grain.RenewLeases("node-a", ["phone", "gone"]));
        await grain.Disconnect(ApplicationId, "phone");
    }

    [Fact]
    public async Task AnInvisibleUser_LooksOfflineToOthers_ButSeesTheirOwnStatus()
    {
        var (jane, grain, _, events) = await JaneInAChannelWithJohn();
        await using var _ = events;
        await using var janes = await ListenToUser(jane.Id);
        await grain.Connect(ApplicationId, Connection("phone"));

        var current = await grain.UpdatePresence(ApplicationId, PresenceStatus.Invisible);

        Assert.Equal(new UserPresence(PresenceStatus.Invisible, true), current.Presence);
        Assert.Equal(UserPresence.Offline, (await grain.Get(ApplicationId)).Presence);
        Assert.Equal(new UserPresence(PresenceStatus.Invisible, true), (await grain.GetCurrentUser(ApplicationId)).Presence);
        Assert.False((await events.Next(ChatEventTypes.ParticipantPresenceChanged, e => !e.User!.Presence.Online)).User!.Presence.Online);
        Assert.Equal(PresenceStatus.Invisible, (await janes.Next(ChatEventTypes.SelfUpdated)).User!.Presence.Status);
        await grain.Disconnect(ApplicationId, "phone");
    }

    [Fact]
    public async Task UpdatePresence_ToAnUnknownStatus_IsRefused()
    {
        var jane = await CreateUser("jane");

        Assert.Equal(KittyError.ValidationError,
            await RefusalOf(() => Grains.GetGrain<IUserGrain>(jane.Id).UpdatePresence(ApplicationId, "AWAY")));
    }
}
