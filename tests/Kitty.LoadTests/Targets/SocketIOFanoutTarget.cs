using System.Text.Json;
using Kitty.LoadTests.SocketIO;

namespace Kitty.LoadTests.Targets;

/// <summary>The bare Socket.IO room server on Node (tests/Kitty.Baselines.SocketIO), over WebSocket.</summary>
internal sealed class SocketIOFanoutTarget(Uri url, IAsyncDisposable? selfHosted) : IFanoutTarget
{
    private static readonly JsonSerializerOptions Web = new(JsonSerializerDefaults.Web);
    private string _room = "";

    public string Name => "socketio";
    public Uri Url => url;

    public Task CreateRoomAsync(string runId)
    {
        // A room exists once someone joins it.
        _room = $"load-{runId}";
        return Task.CompletedTask;
    }

    public async Task<IFanoutSession> ConnectAsync(string user, DeliveryLedger ledger, FanoutCounters counters, CancellationToken cancellationToken)
    {
        var connection = await SocketIOConnection.ConnectAsync(url, (name, argument) =>
        {
            if (name != "message") return;
            var message = argument.Deserialize<BaselineMessage>(Web);
            if (message is not null) ledger.Record(message.Seq, message.Properties);
        }, cancellationToken);
        await connection.EmitAsync("join", _room, cancellationToken);
        return new SocketIOFanoutSession(connection, _room, counters);
    }

    public ValueTask DisposeAsync() => selfHosted?.DisposeAsync() ?? ValueTask.CompletedTask;
}
