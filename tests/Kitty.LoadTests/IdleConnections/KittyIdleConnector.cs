using Kitty.Client;
using Microsoft.AspNetCore.Http.Connections;

namespace Kitty.LoadTests.IdleConnections;

/// <summary>
/// A Kitty user session per connection, as a Kitty client starts one: <c>POST /rtm/sessions</c> (a guest user named
/// after the connection), then the hub over WebSockets, with the client's default keep-alive and reconnect policy.
/// </summary>
internal sealed class KittyIdleConnector(Uri url, string apiKey, string runId, bool messagePack) : IIdleConnector
{
    public async Task<IIdleConnection> ConnectAsync(int index, SourceAddress source, Action drops, CancellationToken cancellationToken)
    {
        var options = new KittyClientOptions
        {
            UseMessagePack = messagePack,
            Transports = HttpTransportType.WebSockets,
            HttpMessageHandlerFactory = source.Lend,
            ConfigureConnection = http => http.WebSocketFactory = BoundWebSockets.From(source),
        };
        var client = await KittyClient.StartSessionAsync(url, apiKey, $"idle-{runId}-{index}", options: options, cancellationToken: cancellationToken);
        var connection = new KittyIdleConnection(client);
        client.ConnectionStateChanged += (_, state) =>
        {
            if (state == KittyConnectionState.Connected) return;
            connection.Dropped();
            drops();
        };
        return connection;
    }
}
