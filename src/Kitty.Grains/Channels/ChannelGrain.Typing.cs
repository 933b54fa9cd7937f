using Kitty.Abstractions.Channels;
using Kitty.Abstractions.Realtime;
using Kitty.Abstractions.Users;
using Kitty.Grains.Options;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace Kitty.Grains.Channels;

/// <summary>
/// Keystrokes and the typing state derived from them, per (user, thread): started on a user's first
/// keystrokes, stopped on empty keys, on sending a message, or after a quiet period. Nothing is persisted;
/// the quiet-period timer runs only while someone types. Each change also goes, as <c>participant.typing.*</c>,
/// to the user streams of members without a chat session here, in channels up to
/// <see cref="RealtimeFanoutOptions.TypingToMembersMaxMembers"/> members (one publish per such member).
/// </summary>
public sealed partial class ChannelGrain
{
    private readonly Dictionary<(long UserId, long ThreadId), Typist> _typists = [];
    private IGrainTimer? _typingTimer;

    public async Task<Keystrokes> SendKeystrokes(long applicationId, long userId, long? threadId, string keys)
    {
        EnsureVisibleTo(applicationId);
        EnsureMember(userId);
        if (keys.Length > ChannelRules.MaxKeysLength)
            throw KittyException.Invalid($"'keys' is longer than {ChannelRules.MaxKeysLength} characters.");
        var thread = threadId is { } id ? await GetThreadOfThisChannel(id) : null;
        var user = await GrainFactory.GetGrain<IUserGrain>(userId).Get(applicationId);
        var keystrokes = new Keystrokes(ChannelId, thread?.Id ?? State.MainThreadId, user.Name, keys);
        await Publish(new ChatEvent(ChatEventTypes.KeystrokesCreated, ChannelId, ThreadScope(keystrokes.ThreadId), Keystrokes: keystrokes));
        if (keys.Length == 0) await StopTyping(userId, keystrokes.ThreadId);
        else await KeepTyping(user, keystrokes.ThreadId);
        return keystrokes;
    }

    private async Task KeepTyping(ChatUser user, long threadId)
    {
        var started = !_typists.ContainsKey((user.Id, threadId));
        _typists[(user.Id, threadId)] = new Typist(user, time.GetUtcNow());
        if (!started) return;
        _typingTimer ??= this.RegisterGrainTimer(StopQuietTypists, ChannelRules.TypingCheckPeriod, ChannelRules.TypingCheckPeriod);
        await Publish(new ChatEvent(ChatEventTypes.TypingStarted, ChannelId, ThreadScope(threadId), User: user));
        await TellMembersAway(ChatEventTypes.ParticipantTypingStarted, user, threadId);
    }

    private async Task StopTyping(long userId, long threadId)
    {
        if (!_typists.Remove((userId, threadId), out var typist)) return;
        if (_typists.Count == 0)
        {
            _typingTimer?.Dispose();
            _typingTimer = null;
        }

        await Publish(new ChatEvent(ChatEventTypes.TypingStopped, ChannelId, ThreadScope(threadId), User: typist.User));
        await TellMembersAway(ChatEventTypes.ParticipantTypingStopped, typist.User, threadId);
    }

    /// <summary>A typing change to the members who would not see it in a chat session (bounded by channel size).</summary>
    private Task TellMembersAway(string type, ChatUser typist, long threadId)
    {
        var max = ServiceProvider.GetRequiredService<IOptions<RealtimeFanoutOptions>>().Value.TypingToMembersMaxMembers;
        var away = TypingAudience.MembersAway(State.Members, _participants.Values.Select(p => p.UserId), typist.Id, max);
        return away.Count == 0
            ? Task.CompletedTask
            : Events.ToUsers(away, new ChatEvent(type, ChannelId, ThreadScope(threadId), User: typist));
    }

    private async Task StopQuietTypists(CancellationToken cancellationToken)
    {
        var quietSince = time.GetUtcNow() - ChannelRules.TypingQuietPeriod;
        foreach (var (key, _) in _typists.Where(t => t.Value.LastKeystrokes <= quietSince).ToList())
            await StopTyping(key.UserId, key.ThreadId);
    }

    /// <summary>The thread an event names: none for the main thread, whose events every chat session gets.</summary>
    private long? ThreadScope(long threadId) => threadId == State.MainThreadId ? null : threadId;
}
