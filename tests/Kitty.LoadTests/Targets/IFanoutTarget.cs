namespace Kitty.LoadTests.Targets;

/// <summary>
/// A server the room scenarios drive: Kitty, or a baseline it is measured against. Each gives its sessions
/// rooms, sends the same load messages and hands every receipt to the session's <see cref="DeliveryLedger"/>.
/// </summary>
internal interface IFanoutTarget : IAsyncDisposable
{
    /// <summary>kitty, signalr or socketio: the name in the report and the table.</summary>
    string Name { get; }

    Uri Url { get; }

    /// <summary>The server's process when this run knows it (its own or a child), for CPU and memory; null for a remote server.</summary>
    int? ServerPid { get; }

    /// <summary>Creates the rooms the sessions join, numbered from 0.</summary>
    Task CreateRoomsAsync(string runId, int count);

    Task<IFanoutSession> ConnectAsync(string user, int room, DeliveryLedger ledger, FanoutCounters counters, CancellationToken cancellationToken);
}
