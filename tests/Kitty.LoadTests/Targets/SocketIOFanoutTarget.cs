using System.Text.Json;
using Kitty.LoadTests.SocketIO;

namespace Kitty.LoadTests.Targets;

/// <summary>The bare Socket.IO room server on Node (tests/Kitty.Baselines.SocketIO), over WebSocket.</summary>
internal sealed class SocketIOFanoutTarget(Uri url, SelfHostedTarget host) : BaselineFanoutTarget(url, host)
{
    private static readonly JsonSerializerOptions Web = new(JsonSerializerDefaults.Web);

    public override string Name => "socketio";

    public override async Task<IFanoutSession> ConnectAsync(string user, int room, DeliveryLedger ledger, FanoutCounters counters, CancellationToken cancellationToken)
    {
        var connection = await SocketIOConnection.ConnectAsync(Url, (name, argument) =>
        {
            if (name != "message") return;
            var message = argument.Deserialize<BaselineMessage>(Web);
            if (message is not null) ledger.Record(message.Seq, message.Properties);
        }, cancellationToken);
        await connection.EmitAsync("join", RoomName(room), cancellationToken);
        return new SocketIOFanoutSession(connection, RoomName(room), counters);
    }
}
