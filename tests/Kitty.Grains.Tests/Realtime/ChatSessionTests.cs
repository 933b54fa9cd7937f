using Kitty.Abstractions.Channels;
using Kitty.Abstractions.Errors;
using Kitty.Abstractions.Messages;
using Kitty.Abstractions.Paging;
using Kitty.Abstractions.Realtime;
using Kitty.Abstractions.Sessions;
using Kitty.Abstractions.Users;
using Kitty.Testing;

namespace Kitty.Grains.Tests.Realtime;

/// <summary>Chat sessions (a connection in a channel's live chat) and the participants they make.</summary>
[Collection(ClusterCollection.Name)]
public sealed class ChatSessionTests(ClusterFixture fixture) : GrainTestBase(fixture)
{
    private ISessionDirectoryGrain Sessions => Grains.GetGrain<ISessionDirectoryGrain>(ApplicationId);

    private async Task<(ChatUser Jane, IChannelGrain Channel, Channel Model)> ChannelWithJane()
    {
        var jane = await CreateUser("jane");
        var model = await CreateGroupChannel(ChannelType.PUBLIC, $"room-{Guid.NewGuid():N}", jane);
        return (jane, Grains.GetGrain<IChannelGrain>(model.Id), model);
    }

    private async Task<UserSession> Connect(ChatUser user, string connectionId) =>
        await Grains.GetGrain<IUserGrain>(user.Id).Connect(ApplicationId, new UserConnection(connectionId, "node-a", "test"));

    [Fact]
    public async Task AUsersFirstChatSession_AnnouncesThemActive_AndTheirLastInactive()
    {
        var (jane, channel, model) = await ChannelWithJane();
        var phone = await Connect(jane, "phone");
        var laptop = await Connect(jane, "laptop");
        await using var events = await ListenToChannel(model.Id);

        await channel.StartChatSession(ApplicationId, jane.Id, "phone", phone.Id);
        await channel.StartChatSession(ApplicationId, jane.Id, "laptop", laptop.Id);
        Assert.Equal([jane.Id], (await channel.ListParticipants(ApplicationId, PageRequest.First)).Items.Select(u => u.Id));
        await channel.EndChatSession(ApplicationId, "phone");
        Assert.Single((await channel.ListParticipants(ApplicationId, PageRequest.First)).Items);
        await channel.EndChatSession(ApplicationId, "laptop");

        Assert.Equal(jane.Id, (await events.Next(ChatEventTypes.ParticipantInactive)).User!.Id);
        Assert.Equal([ChatEventTypes.ParticipantActive, ChatEventTypes.ParticipantInactive], events.Events.Select(e => e.Type));
        Assert.Empty((await channel.ListParticipants(ApplicationId, PageRequest.First)).Items);
    }

    [Fact]
    public async Task StartChatSession_ReturnsTheChannelAndItsLastSeq_AndIsStoredActiveUntilItEnds()
    {
        var (jane, channel, model) = await ChannelWithJane();
        await channel.SendMessage(new SendMessage(ApplicationId, jane.Id, "one", null, null, "{}"));
        await channel.SendMessage(new SendMessage(ApplicationId, jane.Id, "two", null, null, "{}"));
        var session = await Connect(jane, "phone");

        var start = await channel.StartChatSession(ApplicationId, jane.Id, "phone", session.Id);

        Assert.Equal((model.Id, 2L), (start.Channel.Id, start.LastMessageSeq));
        var active = Assert.Single((await Sessions.ListChatSessions(SessionState.ACTIVE, PageRequest.First)).Items);
        Assert.Equal((start.ChatSessionId, session.Id, model.Id), (active.Id, active.Session.Id, active.ChannelId));
        await channel.EndChatSession(ApplicationId, "phone");
        Assert.Empty((await Sessions.ListChatSessions(SessionState.ACTIVE, PageRequest.First)).Items);
        Assert.Single((await Sessions.ListChatSessions(SessionState.ENDED, PageRequest.First)).Items);
    }

    [Fact]
    public async Task StartChatSession_ForANonMember_IsRefused()
    {
        var (_, channel, _) = await ChannelWithJane();
        var john = await CreateUser("john");

        Assert.Equal(KittyError.NotAChannelMemberError, await RefusalOf(() => channel.StartChatSession(ApplicationId, john.Id, "c", 1)));
    }

    [Fact]
    public async Task EndChatSession_OfAnUnknownConnection_DoesNothing()
    {
        var (_, channel, _) = await ChannelWithJane();

        await channel.EndChatSession(ApplicationId, "never-started");

        Assert.Empty((await channel.ListParticipants(ApplicationId, PageRequest.First)).Items);
    }
}
