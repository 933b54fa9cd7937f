using System.Text.Json;
using Kitty.LoadTests;

namespace Kitty.EndToEnd.Tests.Load;

/// <summary>The check every fanout target is held to must catch what it claims to catch.</summary>
public sealed class DeliveryLedgerTests
{
    private const string Run = "run1";

    [Fact]
    public void Record_EveryIndexOnceInSeqOrder_IsComplete()
    {
        var ledger = new DeliveryLedger(Run, 2);
        ledger.Record(1, LoadMessage.Properties(Run, 0));
        ledger.Record(2, LoadMessage.Properties(Run, 1));
        Assert.Equal((2, 0, 0), (ledger.Distinct, ledger.Duplicates, ledger.OutOfOrder));
        Assert.True(ledger.Complete.IsCompletedSuccessfully);
    }

    [Fact]
    public void Record_SameIndexTwice_CountsADuplicate()
    {
        var ledger = new DeliveryLedger(Run, 2);
        ledger.Record(1, LoadMessage.Properties(Run, 0));
        ledger.Record(2, LoadMessage.Properties(Run, 0));
        Assert.Equal((1, 1), (ledger.Distinct, ledger.Duplicates));
        Assert.False(ledger.Complete.IsCompleted);
    }

    [Fact]
    public void Record_LowerSeqAfterHigher_CountsOutOfOrder()
    {
        var ledger = new DeliveryLedger(Run, 2);
        ledger.Record(2, LoadMessage.Properties(Run, 1));
        ledger.Record(1, LoadMessage.Properties(Run, 0));
        Assert.Equal(1, ledger.OutOfOrder);
    }

    [Fact]
    public void Record_AnotherRunsMessage_IsIgnored()
    {
        var ledger = new DeliveryLedger(Run, 1);
        ledger.Record(1, LoadMessage.Properties("other", 0));
        ledger.Record(2, JsonSerializer.SerializeToElement(new { unrelated = true }));
        Assert.Equal(0, ledger.Distinct);
    }

    [Fact]
    public void Record_AnotherRoomsMessage_CountsMisroutedNotDelivered()
    {
        // Three rooms: this is room 1, whose messages are 1, 4, 7, …
        var ledger = new DeliveryLedger(Run, messages: 6, rooms: 3, room: 1);
        ledger.Record(1, LoadMessage.Properties(Run, 1));
        ledger.Record(2, LoadMessage.Properties(Run, 2));
        ledger.Record(3, LoadMessage.Properties(Run, 4));
        Assert.Equal((2, 2, 1), (ledger.Expected, ledger.Distinct, ledger.Misrouted));
        Assert.True(ledger.Complete.IsCompletedSuccessfully);
    }

    [Theory]
    [InlineData(10, 3, 0, 4)]
    [InlineData(10, 3, 1, 3)]
    [InlineData(10, 3, 2, 3)]
    [InlineData(2, 3, 2, 0)]
    public void MessagesOfRoom_SplitsTheRunsMessagesRoundRobin(int messages, int rooms, int room, int expected) =>
        Assert.Equal(expected, DeliveryLedger.MessagesOfRoom(messages, rooms, room));
}
