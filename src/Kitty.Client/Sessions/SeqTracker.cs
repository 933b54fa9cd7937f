using Kitty.Client.Models;

namespace Kitty.Client.Sessions;

/// <summary>
/// Puts one channel's messages in seq order, each once. Messages after a hole wait until the hole is filled
/// (by a catch-up) or given up (<see cref="SkipGaps"/>: the missing seqs were deleted). Until
/// <see cref="Start"/> gives the seq the chat session began at, everything waits. Not thread-safe: one
/// event loop owns it.
/// </summary>
internal sealed class SeqTracker
{
    private readonly SortedDictionary<long, Message> _waiting = [];

    /// <summary>The seq of the last message delivered (or the session's starting point).</summary>
    public long LastDelivered { get; private set; }

    /// <summary>True once the starting point is known.</summary>
    public bool IsStarted { get; private set; }

    /// <summary>True while messages wait behind a hole.</summary>
    public bool HasGap => IsStarted && _waiting.Count > 0;

    /// <summary>How many duplicates were dropped.</summary>
    public long DuplicatesDropped { get; private set; }

    /// <summary>Sets the starting point (the first time only) and returns what can now be delivered.</summary>
    public IReadOnlyList<Message> Start(long lastMessageSeq)
    {
        if (IsStarted) return [];
        IsStarted = true;
        LastDelivered = lastMessageSeq;
        foreach (var seq in _waiting.Keys.Where(s => s <= lastMessageSeq).ToList())
        {
            _waiting.Remove(seq);
        }

        return Drain();
    }

    /// <summary>Takes a message and returns the messages deliverable now, in seq order (maybe none).</summary>
    public IReadOnlyList<Message> Offer(Message message)
    {
        if ((IsStarted && message.Seq <= LastDelivered) || _waiting.ContainsKey(message.Seq))
        {
            DuplicatesDropped++;
            return [];
        }

        _waiting.Add(message.Seq, message);
        return IsStarted ? Drain() : [];
    }

    /// <summary>Gives up on the holes (their messages no longer exist) and delivers everything waiting.</summary>
    public IReadOnlyList<Message> SkipGaps()
    {
        if (!IsStarted || _waiting.Count == 0) return [];
        var all = _waiting.Values.ToList();
        _waiting.Clear();
        LastDelivered = all[^1].Seq;
        return all;
    }

    private List<Message> Drain()
    {
        var ready = new List<Message>();
        while (_waiting.Remove(LastDelivered + 1, out var next))
        {
            ready.Add(next);
            LastDelivered = next.Seq;
        }

        return ready;
    }
}
