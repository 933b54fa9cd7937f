using Kitty.Client.Models;

namespace Kitty.EndToEnd.Tests.Cluster;

/// <summary>
/// What one user was shown of one channel, across connections: one segment per connection's live delivery and one per
/// catch-up in between. Concatenated, the segments are the user's view of the channel, duplicates and gaps included,
/// so a test can compare it with the channel's stored messages.
/// </summary>
internal sealed class ChannelTimeline
{
    private readonly Lock _lock = new();
    private readonly List<List<Message>> _segments = [];

    /// <summary>Opens a segment; messages added to it come after everything before it, whenever they are added.</summary>
    public Segment NewSegment()
    {
        var segment = new List<Message>();
        lock (_lock) _segments.Add(segment);
        return new Segment(this, segment);
    }

    /// <summary>The seq of the channel's newest message when the first chat session started: the timeline shows what follows.</summary>
    public long StartSeq { get; set; }

    /// <summary>The seq of the last message shown (<see cref="StartSeq"/> before any).</summary>
    public long LastSeq
    {
        get
        {
            lock (_lock) return _segments.SelectMany(s => s).Select(m => m.Seq).DefaultIfEmpty(StartSeq).Last();
        }
    }

    public IReadOnlyList<Message> Messages
    {
        get
        {
            lock (_lock) return [.. _segments.SelectMany(s => s)];
        }
    }

    /// <summary>One connection's or one catch-up's part of the timeline.</summary>
    internal sealed class Segment(ChannelTimeline timeline, List<Message> messages)
    {
        public void Add(Message message)
        {
            lock (timeline._lock) messages.Add(message);
        }

        /// <summary>Takes the segment out again: its connection failed before the user could be shown anything through it.</summary>
        public void Discard()
        {
            lock (timeline._lock) timeline._segments.Remove(messages);
        }
    }
}
