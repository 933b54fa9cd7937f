using Kitty.Abstractions.Channels;
using Kitty.Abstractions.Messages;
using Kitty.Abstractions.Paging;
using Kitty.Abstractions.Sessions;
using Kitty.Abstractions.Users;

namespace Kitty.Storage.Tests.Contract;

/// <summary>The look-ups of the realtime engine: catch-up after a seq, live chat sessions, a user's channels.</summary>
public abstract partial class ChatStoreContractTests
{
    private async Task<ChatSession> StartChatSession(ChannelRecord channel, UserSession session, SessionState state = SessionState.ACTIVE)
    {
        var chatSession = new ChatSession(Ids.Next(), channel.ApplicationId, channel.Id, session, state, T0,
            state == SessionState.ENDED ? T0.AddMinutes(1) : null);
        await Store.UpsertChatSession(chatSession);
        return chatSession;
    }

    private async Task<UserSession> StartUserSession(ChatUser user)
    {
        var session = new UserSession(Ids.Next(), user.ApplicationId, user, SessionState.ACTIVE, T0, null, "agent");
        await Store.UpsertUserSession(session);
        return session;
    }

    [SkippableFact]
    public async Task ListMessagesAfterSeq_ReturnsTheLaterMainThreadMessagesInSeqOrder()
    {
        var (channel, messages) = await ChannelWithMessages(5);
        var thread = new ReplyThread(Ids.Next(), App, channel.Id, ReplyThreadType.MESSAGE, null, messages[0].Id, "{}", T0);
        await Store.CreateThread(thread);
        await Send(channel, null, "reply", thread.Id, messages[0].Id);
        var last = await Send(channel, null, "after the reply");
        await Store.DeleteMessage(App, messages[3].Id);

        var missed = await Store.ListMessagesAfterSeq(App, channel.Id, messages[1].Seq, 100);

        Assert.Equal([messages[2].Id, messages[4].Id, last.Id], IdsOf(missed));
        Assert.Equal([3L, 5L, 7L], missed.Select(m => m.Seq));
    }

    [SkippableFact]
    public async Task ListMessagesAfterSeq_HonoursTheLimit()
    {
        var (channel, messages) = await ChannelWithMessages(5);

        var missed = await Store.ListMessagesAfterSeq(App, channel.Id, 0, 2);

        Assert.Equal([messages[0].Id, messages[1].Id], IdsOf(missed));
    }

    [SkippableFact]
    public async Task ListMessagesAfterSeq_AfterTheLastSeq_IsEmpty()
    {
        var (channel, messages) = await ChannelWithMessages(2);

        Assert.Empty(await Store.ListMessagesAfterSeq(App, channel.Id, messages[^1].Seq, 100));
    }

    [SkippableFact]
    public async Task ListMessagesAfterSeq_InAnotherApplication_SeesNothing()
    {
        var (channel, _) = await ChannelWithMessages(2);

        Assert.Empty(await Store.ListMessagesAfterSeq(OtherApp, channel.Id, 0, 100));
    }

    [SkippableFact]
    public async Task ListActiveChatSessions_ListsTheChannelsActiveSessionsOnly()
    {
        var ann = await AddUser("ann");
        var ben = await AddUser("ben");
        var channel = await AddChannel(members: [ann, ben]);
        var elsewhere = await AddChannel(members: [ann]);
        var annSession = await StartUserSession(ann);
        var benSession = await StartUserSession(ben);
        var annChat = await StartChatSession(channel, annSession);
        var benChat = await StartChatSession(channel, benSession);
        await StartChatSession(channel, benSession, SessionState.ENDED);
        await StartChatSession(elsewhere, annSession);

        var active = await Store.ListActiveChatSessions(App, channel.Id);

        Assert.Equal([annChat, benChat], active);
    }

    [SkippableFact]
    public async Task ListActiveChatSessions_AfterTheSessionEnds_LeavesItOut()
    {
        var ann = await AddUser("ann");
        var channel = await AddChannel(members: [ann]);
        var chat = await StartChatSession(channel, await StartUserSession(ann));

        await Store.UpsertChatSession(chat with { State = SessionState.ENDED, EndTime = T0.AddMinutes(2) });

        Assert.Empty(await Store.ListActiveChatSessions(App, channel.Id));
        Assert.Equal(SessionState.ENDED, Assert.Single((await Store.ListChatSessions(App, null, PageRequest.First)).Items).State);
    }

    [SkippableFact]
    public async Task ListActiveChatSessions_InAnotherApplication_SeesNothing()
    {
        var ann = await AddUser("ann");
        var channel = await AddChannel(members: [ann]);
        await StartChatSession(channel, await StartUserSession(ann));

        Assert.Empty(await Store.ListActiveChatSessions(OtherApp, channel.Id));
    }

    [SkippableFact]
    public async Task UpsertUserSession_EndingASession_UpdatesItsStateAndEndTime()
    {
        var ann = await AddUser("ann");
        var session = await StartUserSession(ann);
        var ended = session with { State = SessionState.ENDED, EndTime = T0.AddMinutes(3) };

        await Store.UpsertUserSession(ended);

        Assert.Equal([ended], (await Store.ListUserSessions(App, null, PageRequest.First)).Items);
    }

    [SkippableFact]
    public async Task ListMemberChannelIds_ListsTheChannelsTheUserIsAMemberOf()
    {
        var ann = await AddUser("ann");
        var ben = await AddUser("ben");
        var first = await AddChannel(members: [ann]);
        var second = await AddChannel(ChannelType.PRIVATE, members: [ann, ben]);
        await AddChannel(creator: ann, members: [ben]);
        var left = await AddChannel(members: [ann]);
        await Store.RemoveMember(App, left.Id, ann.Id);

        var channelIds = await Store.ListMemberChannelIds(App, ann.Id);

        Assert.Equal(new[] { first.Id, second.Id }.Order(), channelIds.Order());
    }

    [SkippableFact]
    public async Task ListMemberChannelIds_InAnotherApplication_SeesNothing()
    {
        var ann = await AddUser("ann");
        await AddChannel(members: [ann]);

        Assert.Empty(await Store.ListMemberChannelIds(OtherApp, ann.Id));
    }
}
