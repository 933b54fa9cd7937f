using Kitty.Abstractions.Messages;
using Kitty.Grains.Ids;
using Kitty.Storage;

namespace Kitty.Grains.Channels;

/// <summary>
/// A channel's message log as its grain writes it: sends that arrive while a write is committing wait for the next
/// one and then go together, so one busy channel costs one commit per batch, not per message. Seqs are given in
/// arrival order when a batch is written, a batch is stored all or nothing, and the next batch starts only once the
/// last one committed or failed: the log never has a gap, whatever fails.
/// <para>
/// Lives in one grain activation and is only touched from its turns, which never run in parallel, so it needs no
/// locks even though the grain lets sends interleave.
/// </para>
/// </summary>
internal sealed class ChannelMessageLog(long channelId, IChatStore store, IIdGenerator ids, Func<Message, Task> announce)
{
    private const int MaxSeqConflictRetries = 3;

    private List<PendingAppend> _waiting = [];
    private bool _writing;

    // The highest committed seq, read from the log on first use: the log, not grain state, is the truth, so a new
    // activation after a failover continues exactly where the old one stopped.
    private long? _lastSeq;

    /// <summary>The channel's highest committed seq.</summary>
    public async Task<long> LastSeq() => _lastSeq ??= await store.GetLastSeq(channelId);

    /// <summary>
    /// Appends <paramref name="message"/> (its id and seq are given here) and announces it; answers the stored message
    /// once its batch committed and every message before it was announced.
    /// </summary>
    public Task<Message> Append(Message message, string? clientMessageId)
    {
        var pending = new PendingAppend(message, clientMessageId);
        _waiting.Add(pending);
        if (!_writing)
        {
            _writing = true;
            _ = WriteWhileWaiting();
        }

        return pending.Stored.Task;
    }

    private async Task WriteWhileWaiting()
    {
        try
        {
            while (_waiting.Count > 0)
            {
                var batch = _waiting;
                _waiting = [];
                await Write(batch);
            }
        }
        finally
        {
            _writing = false;
        }
    }

    private async Task Write(List<PendingAppend> batch)
    {
        List<Message> sequenced;
        for (var attempt = 1; ; attempt++)
        {
            try
            {
                var last = await LastSeq();
                // Ids are taken here too, so a channel's ids rise with its seqs as they did when sends ran one at a time.
                sequenced = [.. batch.Select((p, i) => p.Message with { Id = ids.NextId(), Seq = last + 1 + i })];
                await store.AppendMessages([.. sequenced.Select((m, i) => new MessageAppend(m, batch[i].ClientMessageId))]);
                _lastSeq = last + batch.Count;
                break;
            }
            catch (SeqConflictException) when (attempt < MaxSeqConflictRetries)
            {
                // Another writer used these seqs (a stale activation elsewhere): re-read the log and go on after it.
                _lastSeq = null;
            }
            catch (Exception e)
            {
                // Nothing of the batch is known to be stored (a commit may still have landed: the log is re-read).
                _lastSeq = null;
                foreach (var pending in batch) pending.Stored.TrySetException(e);
                return;
            }
        }

        // In seq order, each announcement done before the next starts: subscribers see the log's order.
        for (var i = 0; i < batch.Count; i++)
        {
            try
            {
                await announce(sequenced[i]);
                batch[i].Stored.TrySetResult(sequenced[i]);
            }
            catch (Exception e)
            {
                batch[i].Stored.TrySetException(e);
            }
        }
    }

    private sealed record PendingAppend(Message Message, string? ClientMessageId)
    {
        public TaskCompletionSource<Message> Stored { get; } = new(TaskCreationOptions.RunContinuationsAsynchronously);
    }
}
