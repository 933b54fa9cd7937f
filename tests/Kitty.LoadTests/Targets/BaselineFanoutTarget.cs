namespace Kitty.LoadTests.Targets;

/// <summary>
/// What the two baselines share: a room is only a name (it exists once someone joins it), and a self-hosted server
/// ends with the target.
/// </summary>
internal abstract class BaselineFanoutTarget(Uri url, SelfHostedTarget host) : IFanoutTarget
{
    private string _runId = "";

    public abstract string Name { get; }

    public Uri Url => url;

    public int? ServerPid => host.Pid;

    public Task CreateRoomsAsync(string runId, int count)
    {
        _runId = runId;
        return Task.CompletedTask;
    }

    public abstract Task<IFanoutSession> ConnectAsync(string user, int room, DeliveryLedger ledger, FanoutCounters counters, CancellationToken cancellationToken);

    public async ValueTask DisposeAsync()
    {
        await host.DisposeAsync();
        Disposed();
    }

    /// <summary>Releases what the target holds for its sessions, after its server stopped.</summary>
    protected virtual void Disposed()
    {
    }

    protected string RoomName(int room) => $"load-{_runId}-{room}";
}
