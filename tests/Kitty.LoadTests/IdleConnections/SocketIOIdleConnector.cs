using Kitty.LoadTests.SocketIO;

namespace Kitty.LoadTests.IdleConnections;

/// <summary>A Socket.IO connection (Engine.IO over WebSocket, the default namespace): it answers the server's pings, nothing else.</summary>
internal sealed class SocketIOIdleConnector(Uri url) : IIdleConnector
{
    public async Task<IIdleConnection> ConnectAsync(int index, SourceAddress source, Action drops, CancellationToken cancellationToken)
    {
        var connection = await SocketIOConnection.ConnectAsync(url, (_, _) => { }, cancellationToken, source.Invoker, drops);
        return new SocketIOIdleConnection(connection);
    }
}
