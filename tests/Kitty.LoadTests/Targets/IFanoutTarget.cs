namespace Kitty.LoadTests.Targets;

/// <summary>
/// A server the fanout scenario drives: Kitty, or a baseline it is measured against. Each gives its sessions
/// one room, sends the same load messages and hands every receipt to the session's <see cref="DeliveryLedger"/>.
/// </summary>
internal interface IFanoutTarget : IAsyncDisposable
{
    /// <summary>kitty, signalr or socketio: the name in the report and the table.</summary>
    string Name { get; }

    Uri Url { get; }

    /// <summary>Creates the room all sessions join.</summary>
    Task CreateRoomAsync(string runId);

    Task<IFanoutSession> ConnectAsync(string user, DeliveryLedger ledger, FanoutCounters counters, CancellationToken cancellationToken);
}
