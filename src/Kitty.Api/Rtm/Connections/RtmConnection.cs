using Kitty.Api.Rtm.Limits;

namespace Kitty.Api.Rtm.Connections;

/// <summary>
/// What this node knows of one hub connection: whose it is, its user session, its chat sessions (channel →
/// the thread it set, if any), its rate limits, and how to close it.
/// </summary>
internal sealed class RtmConnection(
    string connectionId, long applicationId, long userId, ConnectionRateLimiter limits, Action abort) : IDisposable
{
    private readonly Dictionary<long, long?> chatSessions = [];

    public string ConnectionId { get; } = connectionId;
    public long ApplicationId { get; } = applicationId;
    public long UserId { get; } = userId;
    public long UserSessionId { get; set; }
    public ConnectionRateLimiter Limits { get; } = limits;
    public ITimer? ExpiryTimer { get; set; }

    /// <summary>Guards the connection's chat-session changes (its calls may run concurrently).</summary>
    public SemaphoreSlim Gate { get; } = new(1, 1);

    public bool HasChatSession(long channelId) => chatSessions.ContainsKey(channelId);

    public long? ThreadOf(long channelId) => chatSessions.GetValueOrDefault(channelId);

    public void SetChatSession(long channelId, long? threadId) => chatSessions[channelId] = threadId;

    public bool RemoveChatSession(long channelId, out long? threadId) => chatSessions.Remove(channelId, out threadId);

    public IReadOnlyList<long> ChatSessionChannels() => [.. chatSessions.Keys];

    public void Abort() => abort();

    public void Dispose()
    {
        ExpiryTimer?.Dispose();
        Gate.Dispose();
    }
}
