using Kitty.LoadTests.IdleConnections;
using Microsoft.AspNetCore.SignalR.Client;

namespace Kitty.LoadTests.Targets;

/// <summary>The bare SignalR broadcast hub (tests/Kitty.Baselines.SignalR), with the same JSON hub protocol Kitty's client uses by default.</summary>
internal sealed class SignalRFanoutTarget(Uri hubUrl, SelfHostedTarget host) : BaselineFanoutTarget(hubUrl, host)
{
    // One HTTP pool for every session's negotiation, as for Kitty's sessions (KittyFanoutTarget).
    private readonly HttpMessageInvoker _http = new(new SocketsHttpHandler(), disposeHandler: true);

    public override string Name => "signalr";

    public override async Task<IFanoutSession> ConnectAsync(string user, int room, DeliveryLedger ledger, FanoutCounters counters, CancellationToken cancellationToken)
    {
        var connection = new HubConnectionBuilder().WithUrl(Url, http => http.HttpMessageHandlerFactory = _ => new LentHandler(_http)).Build();
        connection.On<BaselineMessage>("Message", m => ledger.Record(m.Seq, m.Properties));
        await connection.StartAsync(cancellationToken);
        await connection.InvokeAsync("Join", RoomName(room), cancellationToken);
        return new SignalRFanoutSession(connection, RoomName(room), counters);
    }

    protected override void Disposed() => _http.Dispose();
}
