using Kitty.Client;

namespace Kitty.LoadTests.IdleConnections;

/// <summary>A Kitty user session held idle; dropped once its connection left <see cref="KittyConnectionState.Connected"/>.</summary>
internal sealed class KittyIdleConnection(KittyClient client) : IIdleConnection
{
    private volatile bool _dropped;

    public bool IsOpen => !_dropped && client.ConnectionState == KittyConnectionState.Connected;

    public void Dropped() => _dropped = true;

    public ValueTask DisposeAsync() => client.DisposeAsync();
}
