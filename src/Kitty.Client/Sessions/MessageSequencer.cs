using Kitty.Client.Models;

namespace Kitty.Client.Sessions;

/// <summary>
/// Orders the messages of every channel with a chat session and fills holes from the server: on a gap, or
/// when asked to resume after a reconnect, it fetches the messages after the last seq delivered and
/// delivers them before newer ones, never twice. Run by one event loop at a time.
/// </summary>
/// <param name="fetchAfter">Fetches all messages of a channel after a seq, in any order.</param>
internal sealed class MessageSequencer(Func<long, long, CancellationToken, Task<IReadOnlyList<Message>>> fetchAfter)
{
    private readonly Dictionary<long, SeqTracker> _trackers = [];

    /// <summary>Channels being tracked.</summary>
    public IReadOnlyCollection<long> Channels => _trackers.Keys;

    /// <summary>True when the channel is tracked.</summary>
    public bool IsTracking(long channelId) => _trackers.ContainsKey(channelId);

    /// <summary>Starts tracking a channel whose chat session is starting: its messages wait for <see cref="Started"/>.</summary>
    public void Track(long channelId) => _trackers.TryAdd(channelId, new SeqTracker());

    /// <summary>Stops tracking a channel (its chat session ended).</summary>
    public void Forget(long channelId) => _trackers.Remove(channelId);

    /// <summary>The last seq delivered in a channel, if tracked and started.</summary>
    public long? LastDelivered(long channelId) =>
        _trackers.TryGetValue(channelId, out var t) && t.IsStarted ? t.LastDelivered : null;

    /// <summary>The chat session started at <paramref name="lastMessageSeq"/>: deliver what waited after it.</summary>
    public Task<IReadOnlyList<Message>> Started(long channelId, long lastMessageSeq, CancellationToken cancellationToken)
    {
        var tracker = Tracker(channelId);
        var ready = tracker.Start(lastMessageSeq);
        return tracker.HasGap ? CatchUpAsync(channelId, tracker, ready, cancellationToken) : Task.FromResult(ready);
    }

    /// <summary>A live message arrived: what can be delivered now, catching up first if it reveals a gap.</summary>
    public Task<IReadOnlyList<Message>> Received(Message message, CancellationToken cancellationToken)
    {
        if (!_trackers.TryGetValue(message.ChannelId, out var tracker) || message.Seq <= 0)
        {
            return Task.FromResult<IReadOnlyList<Message>>([message]);
        }

        var ready = tracker.Offer(message);
        return tracker.HasGap ? CatchUpAsync(message.ChannelId, tracker, ready, cancellationToken) : Task.FromResult(ready);
    }

    /// <summary>After a reconnect: fetch and deliver whatever the channel got since the last seq delivered.</summary>
    public Task<IReadOnlyList<Message>> Resume(long channelId, CancellationToken cancellationToken) =>
        _trackers.TryGetValue(channelId, out var tracker) && tracker.IsStarted
            ? CatchUpAsync(channelId, tracker, [], cancellationToken)
            : Task.FromResult<IReadOnlyList<Message>>([]);

    private async Task<IReadOnlyList<Message>> CatchUpAsync(
        long channelId, SeqTracker tracker, IReadOnlyList<Message> alreadyReady, CancellationToken cancellationToken)
    {
        var delivered = new List<Message>(alreadyReady);
        var missed = await fetchAfter(channelId, tracker.LastDelivered, cancellationToken);
        foreach (var message in missed.OrderBy(m => m.Seq))
        {
            delivered.AddRange(tracker.Offer(message));
        }

        // What the server does not have any more (deleted messages) leaves holes that never fill.
        delivered.AddRange(tracker.SkipGaps());
        return delivered;
    }

    private SeqTracker Tracker(long channelId)
    {
        if (!_trackers.TryGetValue(channelId, out var tracker))
        {
            tracker = new SeqTracker();
            _trackers.Add(channelId, tracker);
        }

        return tracker;
    }
}
