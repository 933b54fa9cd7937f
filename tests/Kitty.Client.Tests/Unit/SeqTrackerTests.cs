using Kitty.Client.Sessions;
using static Kitty.Client.Tests.Unit.Messages;

namespace Kitty.Client.Tests.Unit;

public sealed class SeqTrackerTests
{
    [Fact]
    public void Offer_InOrder_DeliversEachAtOnce()
    {
        var tracker = new SeqTracker();
        tracker.Start(10);

        Assert.Equal([11], Seqs(tracker.Offer(At(11))));
        Assert.Equal([12], Seqs(tracker.Offer(At(12))));
        Assert.Equal(12, tracker.LastDelivered);
        Assert.False(tracker.HasGap);
    }

    [Fact]
    public void Offer_SameSeqTwice_DropsTheDuplicate()
    {
        var tracker = new SeqTracker();
        tracker.Start(0);
        tracker.Offer(At(1));

        Assert.Empty(tracker.Offer(At(1)));
        Assert.Equal(1, tracker.DuplicatesDropped);
    }

    [Fact]
    public void Offer_AtOrBeforeTheStart_IsHistoryAndDropped()
    {
        var tracker = new SeqTracker();
        tracker.Start(5);

        Assert.Empty(tracker.Offer(At(5)));
        Assert.Empty(tracker.Offer(At(3)));
    }

    [Fact]
    public void Offer_AfterAHole_WaitsUntilTheHoleIsFilled()
    {
        var tracker = new SeqTracker();
        tracker.Start(1);

        Assert.Empty(tracker.Offer(At(4)));
        Assert.Empty(tracker.Offer(At(3)));
        Assert.True(tracker.HasGap);
        Assert.Equal([2, 3, 4], Seqs(tracker.Offer(At(2))));
        Assert.False(tracker.HasGap);
    }

    [Fact]
    public void Offer_WaitingSeqAgain_DropsTheDuplicate()
    {
        var tracker = new SeqTracker();
        tracker.Start(1);
        tracker.Offer(At(3));

        Assert.Empty(tracker.Offer(At(3)));
        Assert.Equal([2, 3], Seqs(tracker.Offer(At(2))));
    }

    [Fact]
    public void Offer_BeforeStart_WaitsAndStartDropsHistory()
    {
        var tracker = new SeqTracker();

        Assert.Empty(tracker.Offer(At(7)));
        Assert.Empty(tracker.Offer(At(8)));
        Assert.False(tracker.HasGap);
        Assert.Equal([8], Seqs(tracker.Start(7)));
        Assert.Equal(8, tracker.LastDelivered);
    }

    [Fact]
    public void SkipGaps_DeliversWhatWaitsInOrderAndMovesPastTheHoles()
    {
        var tracker = new SeqTracker();
        tracker.Start(1);
        tracker.Offer(At(5));
        tracker.Offer(At(3));

        Assert.Equal([3, 5], Seqs(tracker.SkipGaps()));
        Assert.Equal(5, tracker.LastDelivered);
        Assert.Equal([6], Seqs(tracker.Offer(At(6))));
    }

    [Fact]
    public void Start_Twice_KeepsTheFirstStartingPoint()
    {
        var tracker = new SeqTracker();
        tracker.Start(3);
        tracker.Offer(At(4));

        Assert.Empty(tracker.Start(10));
        Assert.Equal(4, tracker.LastDelivered);
    }
}
