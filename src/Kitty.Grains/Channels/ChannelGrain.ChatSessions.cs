using Kitty.Abstractions.Functions;
using Kitty.Abstractions.Paging;
using Kitty.Abstractions.Realtime;
using Kitty.Abstractions.Sessions;
using Kitty.Abstractions.Users;

namespace Kitty.Grains.Channels;

/// <summary>
/// Live chat: the connections with a chat session here, keyed by connection id. Live state only; the grain
/// stays active while it has any, so a new activation finds sessions left ACTIVE in the store by a dead one
/// and ends them (their connections were closed when their user grain forgot them).
/// </summary>
public sealed partial class ChannelGrain
{
    private readonly Dictionary<string, Participant> _participants = new(StringComparer.Ordinal);

    public override async Task OnActivateAsync(CancellationToken cancellationToken)
    {
        if (!State.Exists) return;
        foreach (var stale in await store.ListActiveChatSessions(State.ApplicationId, ChannelId))
            await store.UpsertChatSession(Ended(stale));
    }

    public async Task<ChatSessionStart> StartChatSession(long applicationId, long userId, string connectionId, long userSessionId)
    {
        EnsureVisibleTo(applicationId);
        EnsureMember(userId);
        if (_participants.TryGetValue(connectionId, out var known))
        {
            if (known.UserId == userId) return new ChatSessionStart(known.Session.Id, await Get(applicationId), await LastSeq());
            await EndParticipant(connectionId, known, announce: true);
        }

        var user = await GrainFactory.GetGrain<IUserGrain>(userId).Get(applicationId);
        var now = time.GetUtcNow();
        // The store keeps the user session's id only; the rest of it is the user session's own row.
        var userSession = new UserSession(userSessionId, applicationId, user, SessionState.ACTIVE, now, null, null);
        var session = new ChatSession(ids.NextId(), applicationId, ChannelId, userSession, SessionState.ACTIVE, now, null);
        await store.UpsertChatSession(session);
        var firstOfUser = !IsParticipant(userId);
        _participants.Add(connectionId, new Participant(userId, session, user));
        if (_participants.Count == 1) DelayDeactivation(Timeout.InfiniteTimeSpan);
        if (firstOfUser) await Publish(new ChatEvent(ChatEventTypes.ParticipantActive, ChannelId, User: user));
        var lastSeq = await LastSeq();
        // One-way: the user.started.chat_session function runs after the start and never delays it.
        await GrainFactory.GetGrain<IChatFunctionExecutorGrain>(applicationId).ChatSessionStarted(userId, ChannelId, lastSeq);
        return new ChatSessionStart(session.Id, await Get(applicationId), lastSeq);
    }

    public async Task EndChatSession(long applicationId, string connectionId)
    {
        if (_participants.TryGetValue(connectionId, out var participant) && participant.Session.ApplicationId == applicationId)
            await EndParticipant(connectionId, participant, announce: true);
    }

    public async Task AnnouncePresence(ChatUser member)
    {
        if (!State.Exists || member.ApplicationId != State.ApplicationId || !State.Members.Contains(member.Id)) return;
        foreach (var (connectionId, participant) in _participants.Where(p => p.Value.UserId == member.Id).ToList())
            _participants[connectionId] = participant with { User = member };
        // Channel events reach chat sessions only: with none, nobody is listening.
        if (_participants.Count > 0)
            await Publish(new ChatEvent(ChatEventTypes.ParticipantPresenceChanged, ChannelId, User: member));
    }

    public Task<Page<ChatUser>> ListParticipants(long applicationId, PageRequest page)
    {
        EnsureVisibleTo(applicationId);
        var users = _participants.Values
            .GroupBy(p => p.UserId)
            .Select(g => g.Last().User)
            .OrderBy(u => u.DisplayName, StringComparer.Ordinal)
            .ThenBy(u => u.Id)
            .ToList();
        var size = page.Size is > 0 and <= PageRequest.MaxSize ? page.Size : PageRequest.DefaultSize;
        var request = page with { Number = Math.Max(0, page.Number), Size = size };
        return Task.FromResult(new Page<ChatUser>([.. users.Skip((int)Math.Min(request.Offset, users.Count)).Take(size)], request, users.Count));
    }

    private bool IsParticipant(long userId) => _participants.Values.Any(p => p.UserId == userId);

    private async Task EndChatSessionsOf(long userId)
    {
        foreach (var (connectionId, participant) in _participants.Where(p => p.Value.UserId == userId).ToList())
            await EndParticipant(connectionId, participant, announce: true);
    }

    /// <summary>Ends every chat session without announcing each (the channel is going away).</summary>
    private async Task EndAllChatSessions()
    {
        foreach (var (connectionId, participant) in _participants.ToList())
            await EndParticipant(connectionId, participant, announce: false);
    }

    /// <summary>Ends one chat session; the user's last one here announces <c>channel.participant.inactive</c>.</summary>
    private async Task EndParticipant(string connectionId, Participant participant, bool announce)
    {
        _participants.Remove(connectionId);
        if (_participants.Count == 0) DelayDeactivation(TimeSpan.Zero);
        await store.UpsertChatSession(Ended(participant.Session));
        if (announce && !IsParticipant(participant.UserId))
            await Publish(new ChatEvent(ChatEventTypes.ParticipantInactive, ChannelId, User: participant.User));
    }

    private ChatSession Ended(ChatSession session) => session with { State = SessionState.ENDED, EndTime = time.GetUtcNow() };
}
