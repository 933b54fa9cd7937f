using Kitty.LoadTests.SocketIO;

namespace Kitty.LoadTests.IdleConnections;

/// <summary>A Socket.IO connection held idle.</summary>
internal sealed class SocketIOIdleConnection(SocketIOConnection connection) : IIdleConnection
{
    public bool IsOpen => connection.IsOpen;

    public ValueTask DisposeAsync() => connection.DisposeAsync();
}
