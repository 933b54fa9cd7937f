using Kitty.Abstractions.Channels;
using Kitty.Abstractions.Sessions;

namespace Kitty.Grains.Users;

/// <summary>
/// Live connections with leases. They are in-memory state: the grain stays active while it has any, and a
/// new activation starts with none (the user is offline until a node connects again).
/// </summary>
public sealed partial class UserGrain
{
    private readonly Dictionary<string, LiveConnection> _connections = new(StringComparer.Ordinal);
    private IGrainTimer? _leaseTimer;

    private bool Online => _connections.Count > 0;

    public async Task<UserSession> Connect(long applicationId, UserConnection connection)
    {
        EnsureVisibleTo(applicationId);
        if (string.IsNullOrWhiteSpace(connection.ConnectionId)) throw KittyException.Invalid("A connection needs an id.");
        var now = time.GetUtcNow();
        if (_connections.TryGetValue(connection.ConnectionId, out var known))
        {
            known.LeaseExpires = now + LeaseDuration;
            return known.Session with { User = ToCurrentUser() };
        }

        var before = VisiblePresence;
        var session = new UserSession(ids.NextId(), applicationId, ToModel(), SessionState.ACTIVE, now, null, connection.UserAgent);
        await store.UpsertUserSession(session);
        _connections.Add(connection.ConnectionId, new LiveConnection(session, now + LeaseDuration));
        if (_connections.Count == 1) StartLeaseWatch();
        await ProjectPresenceIfChanged(before);
        return session with { User = ToCurrentUser() };
    }

    public async Task<IReadOnlyList<long>> Disconnect(long applicationId, string connectionId)
    {
        EnsureVisibleTo(applicationId);
        if (!_connections.TryGetValue(connectionId, out var connection)) return [];
        var before = VisiblePresence;
        await EndConnection(connectionId, connection);
        await ProjectPresenceIfChanged(before);
        return [.. connection.ChannelIds];
    }

    public Task<IReadOnlyList<string>> RenewLeases(string nodeId, IReadOnlyList<string> connectionIds)
    {
        var expires = time.GetUtcNow() + LeaseDuration;
        var unknown = new List<string>();
        foreach (var connectionId in connectionIds)
        {
            if (_connections.TryGetValue(connectionId, out var connection)) connection.LeaseExpires = expires;
            else unknown.Add(connectionId);
        }

        return Task.FromResult<IReadOnlyList<string>>(unknown);
    }

    public Task AttachChatSession(string connectionId, long channelId)
    {
        if (_connections.TryGetValue(connectionId, out var connection)) connection.ChannelIds.Add(channelId);
        return Task.CompletedTask;
    }

    public Task DetachChatSession(string connectionId, long channelId)
    {
        if (_connections.TryGetValue(connectionId, out var connection)) connection.ChannelIds.Remove(channelId);
        return Task.CompletedTask;
    }

    private TimeSpan LeaseDuration => presence.Value.LeaseDuration;

    private void StartLeaseWatch()
    {
        var period = LeaseDuration / 2;
        _leaseTimer ??= this.RegisterGrainTimer(ExpireLeases, new GrainTimerCreationOptions(period, period) { KeepAlive = true });
        DelayDeactivation(Timeout.InfiniteTimeSpan);
    }

    private void StopLeaseWatch()
    {
        _leaseTimer?.Dispose();
        _leaseTimer = null;
        DelayDeactivation(TimeSpan.Zero);
    }

    /// <summary>Closes the connections whose node stopped renewing them, with their chat sessions.</summary>
    private async Task ExpireLeases(CancellationToken cancellationToken)
    {
        var now = time.GetUtcNow();
        var expired = _connections.Where(c => c.Value.LeaseExpires <= now).ToList();
        if (expired.Count == 0) return;
        var before = VisiblePresence;
        foreach (var (connectionId, connection) in expired)
        {
            await EndConnection(connectionId, connection);
            foreach (var channelId in connection.ChannelIds)
                await GrainFactory.GetGrain<IChannelGrain>(channelId).EndChatSession(State.ApplicationId, connectionId);
        }

        await ProjectPresenceIfChanged(before);
    }

    private async Task EndConnection(string connectionId, LiveConnection connection)
    {
        _connections.Remove(connectionId);
        if (_connections.Count == 0) StopLeaseWatch();
        await store.UpsertUserSession(connection.Session with { State = SessionState.ENDED, EndTime = time.GetUtcNow() });
    }
}
