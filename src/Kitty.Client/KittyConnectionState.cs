namespace Kitty.Client;

/// <summary>The state of a client's connection to the hub.</summary>
public enum KittyConnectionState
{
    /// <summary>Connected; events arrive live.</summary>
    Connected,
    /// <summary>The connection was lost and the client is trying to reconnect.</summary>
    Reconnecting,
    /// <summary>Closed: by <see cref="KittyClient.DisposeAsync"/>, or after giving up reconnecting.</summary>
    Disconnected,
}
