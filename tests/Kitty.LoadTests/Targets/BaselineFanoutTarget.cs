namespace Kitty.LoadTests.Targets;

/// <summary>
/// What the two baselines share: a room is only a name (it exists once someone joins it), and a self-hosted server
/// ends with the target.
/// </summary>
internal abstract class BaselineFanoutTarget(Uri url, IAsyncDisposable? selfHosted) : IFanoutTarget
{
    public abstract string Name { get; }

    public Uri Url => url;

    protected string Room { get; private set; } = "";

    public Task CreateRoomAsync(string runId)
    {
        Room = $"load-{runId}";
        return Task.CompletedTask;
    }

    public abstract Task<IFanoutSession> ConnectAsync(string user, DeliveryLedger ledger, FanoutCounters counters, CancellationToken cancellationToken);

    public ValueTask DisposeAsync() => selfHosted?.DisposeAsync() ?? ValueTask.CompletedTask;
}
