using Microsoft.AspNetCore.SignalR.Client;

namespace Kitty.LoadTests.IdleConnections;

/// <summary>A connection to the bare hub held idle; dropped once it closed.</summary>
internal sealed class SignalRIdleConnection(HubConnection hub) : IIdleConnection
{
    private volatile bool _dropped;

    public bool IsOpen => !_dropped && hub.State == HubConnectionState.Connected;

    public void Dropped() => _dropped = true;

    public ValueTask DisposeAsync()
    {
        // Our own close is not a drop.
        _dropped = true;
        return hub.DisposeAsync();
    }
}
