using Microsoft.AspNetCore.Http.Connections;
using Microsoft.AspNetCore.SignalR.Client;

namespace Kitty.LoadTests.IdleConnections;

/// <summary>A connection to the bare SignalR hub: negotiation, then WebSockets, default keep-alive, no rooms.</summary>
internal sealed class SignalRIdleConnector(Uri hubUrl) : IIdleConnector
{
    public async Task<IIdleConnection> ConnectAsync(int index, SourceAddress source, Action drops, CancellationToken cancellationToken)
    {
        var hub = new HubConnectionBuilder()
            .WithUrl(hubUrl, HttpTransportType.WebSockets, http =>
            {
                http.HttpMessageHandlerFactory = _ => source.Lend();
                http.WebSocketFactory = BoundWebSockets.From(source);
            })
            .Build();
        var connection = new SignalRIdleConnection(hub);
        hub.Closed += _ =>
        {
            connection.Dropped();
            drops();
            return Task.CompletedTask;
        };
        try
        {
            await hub.StartAsync(cancellationToken);
        }
        catch
        {
            await hub.DisposeAsync();
            throw;
        }

        return connection;
    }
}
