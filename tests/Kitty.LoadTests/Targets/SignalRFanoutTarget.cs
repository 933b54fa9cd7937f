using Microsoft.AspNetCore.SignalR.Client;

namespace Kitty.LoadTests.Targets;

/// <summary>The bare SignalR broadcast hub (tests/Kitty.Baselines.SignalR), with the same JSON hub protocol Kitty's client uses by default.</summary>
internal sealed class SignalRFanoutTarget(Uri hubUrl, IAsyncDisposable? selfHosted) : IFanoutTarget
{
    private string _room = "";

    public string Name => "signalr";
    public Uri Url => hubUrl;

    public Task CreateRoomAsync(string runId)
    {
        // A group exists once someone joins it.
        _room = $"load-{runId}";
        return Task.CompletedTask;
    }

    public async Task<IFanoutSession> ConnectAsync(string user, DeliveryLedger ledger, FanoutCounters counters, CancellationToken cancellationToken)
    {
        var connection = new HubConnectionBuilder().WithUrl(hubUrl).Build();
        connection.On<BaselineMessage>("Message", m => ledger.Record(m.Seq, m.Properties));
        await connection.StartAsync(cancellationToken);
        await connection.InvokeAsync("Join", _room, cancellationToken);
        return new SignalRFanoutSession(connection, _room, counters);
    }

    public ValueTask DisposeAsync() => selfHosted?.DisposeAsync() ?? ValueTask.CompletedTask;
}
