using System.Collections.Concurrent;

namespace Kitty.Api.Rtm.Connections;

/// <summary>The hub connections this node holds, by connection id.</summary>
internal sealed class LocalConnections
{
    private readonly ConcurrentDictionary<string, RtmConnection> connections = new();

    public void Add(RtmConnection connection) => connections[connection.ConnectionId] = connection;

    public bool Remove(string connectionId, out RtmConnection? connection) => connections.TryRemove(connectionId, out connection);

    public RtmConnection? Find(string connectionId) => connections.GetValueOrDefault(connectionId);

    public IReadOnlyList<RtmConnection> All() => [.. connections.Values];
}
