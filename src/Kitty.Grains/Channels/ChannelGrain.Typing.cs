using Kitty.Abstractions.Channels;
using Kitty.Abstractions.Realtime;
using Kitty.Abstractions.Users;

namespace Kitty.Grains.Channels;

/// <summary>
/// Keystrokes and the typing state derived from them, per (user, thread): started on a user's first
/// keystrokes, stopped on empty keys, on sending a message, or after a quiet period. Nothing is persisted;
/// the quiet-period timer runs only while someone types.
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
