using Kitty.Client.Models;
using Kitty.Client.Sessions;
using static Kitty.Client.Tests.Unit.Messages;

namespace Kitty.Client.Tests.Unit;

public sealed class MessageSequencerTests
{
    private readonly List<(long Channel, long After)> _fetches = [];
    private readonly Dictionary<long, Message> _server = [];
    private readonly MessageSequencer _sequencer;

    public MessageSequencerTests() => _sequencer = new MessageSequencer(FetchAsync);

    [Fact]
    public async Task Received_InOrder_DeliversWithoutFetching()
    {
        await StartAt(0);

        var delivered = new List<Message>();
        delivered.AddRange(await _sequencer.Received(At(1), default));
        delivered.AddRange(await _sequencer.Received(At(2), default));

        Assert.Equal([1, 2], Seqs(delivered));
        Assert.Empty(_fetches);
    }

    [Fact]
    public async Task Received_AfterAGap_CatchesUpFromTheLastSeqAndDeliversInOrder()
    {
        await StartAt(0);
        await _sequencer.Received(At(1), default);
        Stored(2, 3, 4);

        var delivered = await _sequencer.Received(At(4), default);

        Assert.Equal([1L], _fetches.Select(f => f.After));
        Assert.Equal([2, 3, 4], Seqs(delivered));
        Assert.Equal(4, _sequencer.LastDelivered(ChannelId));
    }

    [Fact]
    public async Task Received_LiveCopiesOfCaughtUpMessages_AreNotDeliveredTwice()
    {
        await StartAt(0);
        Stored(1, 2, 3);
        var caughtUp = await _sequencer.Received(At(3), default);

        var late = new List<Message>();
        late.AddRange(await _sequencer.Received(At(1), default));
        late.AddRange(await _sequencer.Received(At(2), default));
        late.AddRange(await _sequencer.Received(At(3), default));

        Assert.Equal([1, 2, 3], Seqs(caughtUp));
        Assert.Empty(late);
    }

    [Fact]
    public async Task Received_GapOfDeletedMessages_IsSkippedAfterTheCatchUp()
    {
        await StartAt(0);
        Stored(1, 5);

        var delivered = await _sequencer.Received(At(5), default);

        Assert.Equal([1, 5], Seqs(delivered));
        var next = await _sequencer.Received(At(6), default);
        Assert.Equal([6], Seqs(next));
        Assert.Single(_fetches);
    }

    [Fact]
    public async Task Resume_AfterReconnect_DeliversWhatWasMissedOnce()
    {
        await StartAt(2);
        await _sequencer.Received(At(3), default);
        Stored(4, 5);

        var missed = await _sequencer.Resume(ChannelId, default);
        var liveAgain = await _sequencer.Received(At(5), default);
        var next = await _sequencer.Received(At(6), default);

        Assert.Equal([(ChannelId, 3L)], _fetches);
        Assert.Equal([4, 5], Seqs(missed));
        Assert.Empty(liveAgain);
        Assert.Equal([6], Seqs(next));
    }

    [Fact]
    public async Task Received_UntrackedChannel_PassesThrough()
    {
        var delivered = await _sequencer.Received(At(9, channelId: 7), default);

        Assert.Equal([9], Seqs(delivered));
        Assert.Empty(_fetches);
    }

    [Fact]
    public async Task Started_WithMessagesThatArrivedFirst_DeliversTheNewerOnes()
    {
        _sequencer.Track(ChannelId);
        Assert.Empty(await _sequencer.Received(At(5), default));
        Assert.Empty(await _sequencer.Received(At(6), default));

        var delivered = await _sequencer.Started(ChannelId, 5, default);

        Assert.Equal([6], Seqs(delivered));
        Assert.Empty(_fetches);
    }

    [Fact]
    public async Task Forget_StopsOrderingTheChannel()
    {
        await StartAt(0);
        _sequencer.Forget(ChannelId);

        Assert.False(_sequencer.IsTracking(ChannelId));
        var delivered = await _sequencer.Received(At(8), default);
        Assert.Equal([8], Seqs(delivered));
    }

    private async Task StartAt(long seq)
    {
        _sequencer.Track(ChannelId);
        Assert.Empty(await _sequencer.Started(ChannelId, seq, default));
    }

    private void Stored(params long[] seqs)
    {
        foreach (var seq in seqs) _server[seq] = At(seq);
    }

    private Task<IReadOnlyList<Message>> FetchAsync(long channelId, long after, CancellationToken cancellationToken)
    {
        _fetches.Add((channelId, after));
        // Newest first, as a server might answer, to show the order does not matter.
        IReadOnlyList<Message> missed = [.. _server.Values.Where(m => m.ChannelId == channelId && m.Seq > after).OrderByDescending(m => m.Seq)];
        return Task.FromResult(missed);
    }
}
