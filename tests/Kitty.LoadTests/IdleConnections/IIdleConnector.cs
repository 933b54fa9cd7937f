namespace Kitty.LoadTests.IdleConnections;

/// <summary>Opens the connections of the connections scenario against one target, each from a given source address.</summary>
internal interface IIdleConnector
{
    /// <param name="index">The connection's number in the ramp (Kitty names its user after it).</param>
    /// <param name="drops">Told when a connection closes or starts reconnecting after it connected.</param>
    Task<IIdleConnection> ConnectAsync(int index, SourceAddress source, Action drops, CancellationToken cancellationToken);
}
