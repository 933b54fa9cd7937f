using Kitty.Abstractions.Channels;
using Kitty.Abstractions.Realtime;
using Kitty.Grains.Channels;
using Kitty.Testing;

namespace Kitty.Grains.Tests.Realtime;

/// <summary>
/// Typing reaches members away from the chat on their user streams (client-sdk.md §7.5). Absence is shown
/// with a marker: a later event on the same stream, which arrives after anything published before it.
/// </summary>
[Collection(ClusterCollection.Name)]
public sealed class ParticipantTypingTests(ClusterFixture fixture) : GrainTestBase(fixture)
{
    [Fact]
    public async Task Typing_ReachesMembersWithoutAChatSession_NotTheTypistNorMembersInTheChat()
    {
        var jane = await CreateUser("jane");
        var john = await CreateUser("john");
        var joe = await CreateUser("joe");
        var model = await CreateGroupChannel(ChannelType.PRIVATE, $"team-{Guid.NewGuid():N}", jane, john, joe);
        var channel = Grains.GetGrain<IChannelGrain>(model.Id);
        await channel.StartChatSession(ApplicationId, john.Id, "john-laptop", 1);
        await channel.StartChatSession(ApplicationId, jane.Id, "jane-laptop", 2);
        await using var joes = await ListenToUser(joe.Id);
        await using var johns = await ListenToUser(john.Id);
        await using var janes = await ListenToUser(jane.Id);

        await channel.SendKeystrokes(ApplicationId, jane.Id, null, "hel");
        await channel.SendKeystrokes(ApplicationId, jane.Id, null, "hello");
        await channel.SendKeystrokes(ApplicationId, jane.Id, null, "");

        var started = await joes.Next(ChatEventTypes.ParticipantTypingStarted);
        var stopped = await joes.Next(ChatEventTypes.ParticipantTypingStopped);
        Assert.Equal((jane.Id, model.Id, (long?)null), (started.User!.Id, started.ChannelId!.Value, started.ThreadId));
        Assert.Equal((jane.Id, model.Id), (stopped.User!.Id, stopped.ChannelId!.Value));
        Assert.Equal(1, joes.Count(ChatEventTypes.ParticipantTypingStarted));

        await channel.Update(ApplicationId, new ChannelPatch("marker", null));
        foreach (var probe in new[] { johns, janes })
        {
            await probe.Next(ChatEventTypes.UserChannelUpdated);
            Assert.DoesNotContain(probe.Events, e => e.Type.StartsWith("participant.typing.", StringComparison.Ordinal));
        }
    }

    [Fact]
    public void MembersAway_AreNobody_InAChannelBiggerThanTheBound()
    {
        long[] members = [1, 2, 3, 4];

        Assert.Equal([3, 4], TypingAudience.MembersAway(members, [2], typistId: 1, maxMembers: 4));
        Assert.Empty(TypingAudience.MembersAway(members, [2], typistId: 1, maxMembers: 3));
        Assert.Empty(TypingAudience.MembersAway(members, [], typistId: 1, maxMembers: 0));
    }
}
