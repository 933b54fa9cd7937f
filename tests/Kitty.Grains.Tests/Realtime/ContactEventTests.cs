using Kitty.Abstractions.Channels;
using Kitty.Abstractions.Realtime;
using Kitty.Abstractions.Sessions;
using Kitty.Abstractions.Users;
using Kitty.Testing;

namespace Kitty.Grains.Tests.Realtime;

/// <summary>
/// Users who share a channel with someone hear of their presence and profile (client-sdk.md §8), once each
/// however many channels they share. Absence is shown with a marker: a later event on the same stream.
/// </summary>
[Collection(ClusterCollection.Name)]
public sealed class ContactEventTests(ClusterFixture fixture) : GrainTestBase(fixture)
{
    private static UserConnection Connection(string id) => new(id, "node-a", "test-agent");

    private async Task<string> Channel(params ChatUser[] members) =>
        (await CreateGroupChannel(ChannelType.PRIVATE, $"team-{Guid.NewGuid():N}", members)).Name!;

    /// <summary>A new channel of the user: its <c>user.channel.joined</c> follows everything published before.</summary>
    private async Task Marker(ChatUser user, StreamProbe probe)
    {
        var name = await Channel(user);
        await probe.Next(ChatEventTypes.UserChannelJoined, e => e.Channel!.Name == name);
    }

    [Fact]
    public async Task PresenceChanges_ReachEachContactOnce_AndNobodyElse()
    {
        var jane = await CreateUser("jane");
        var john = await CreateUser("john");
        var joe = await CreateUser("joe");
        var stranger = await CreateUser("stranger");
        await Channel(jane, john);
        await Channel(jane, john);
        await Channel(jane, joe);
        await using var johns = await ListenToUser(john.Id);
        await using var joes = await ListenToUser(joe.Id);
        await using var strangers = await ListenToUser(stranger.Id);
        var grain = Grains.GetGrain<IUserGrain>(jane.Id);

        await grain.Connect(ApplicationId, Connection("phone"));
        await grain.UpdatePresence(ApplicationId, PresenceStatus.DoNotDisturb, "phone");
        await grain.Disconnect(ApplicationId, "phone");

        foreach (var probe in new[] { johns, joes })
        {
            var changes = await probe.Take(3, ChatEventTypes.ContactPresenceChanged);
            Assert.Equal(
                [(true, PresenceStatus.Available), (true, PresenceStatus.DoNotDisturb), (false, PresenceStatus.Unavailable)],
                changes.Select(e => (e.User!.Presence.Online, e.User.Presence.Status)));
            Assert.All(changes, e => Assert.Equal(jane.Id, e.User!.Id));
        }

        await Marker(john, johns);
        await Marker(stranger, strangers);
        Assert.Equal(3, johns.Count(ChatEventTypes.ContactPresenceChanged));
        Assert.Equal(0, strangers.Count(ChatEventTypes.ContactPresenceChanged));
    }

    [Fact]
    public async Task ProfileUpdates_ReachContacts_AndTheUsersOtherConnections()
    {
        var jane = await CreateUser("jane");
        var john = await CreateUser("john");
        await Channel(jane, john);
        await using var johns = await ListenToUser(john.Id);
        await using var janes = await ListenToUser(jane.Id);
        var grain = Grains.GetGrain<IUserGrain>(jane.Id);

        await grain.Update(ApplicationId, new UserPatch("Jane Doe", null, null, null), "jane-phone");

        var updated = await johns.Next(ChatEventTypes.ContactUserUpdated);
        Assert.Equal((jane.Id, "Jane Doe"), (updated.User!.Id, updated.User.DisplayName));
        var self = await janes.Next(ChatEventTypes.SelfUpdated);
        Assert.Equal(("Jane Doe", "jane-phone"), (self.User!.DisplayName, self.ExceptConnectionId));
        Assert.Equal(0, johns.Count(ChatEventTypes.ContactPresenceChanged));
    }

    [Fact]
    public async Task AStatusChangeOthersCannotSee_TellsNoContact()
    {
        var jane = await CreateUser("jane");
        var john = await CreateUser("john");
        await Channel(jane, john);
        await using var johns = await ListenToUser(john.Id);

        // Offline, a new status changes nothing others see (offline is UNAVAILABLE to them).
        await Grains.GetGrain<IUserGrain>(jane.Id).UpdatePresence(ApplicationId, PresenceStatus.DoNotDisturb);

        await Marker(john, johns);
        Assert.Equal(0, johns.Count(ChatEventTypes.ContactPresenceChanged));
        Assert.Equal(0, johns.Count(ChatEventTypes.ContactUserUpdated));
    }
}
