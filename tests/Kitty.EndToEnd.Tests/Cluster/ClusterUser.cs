using System.Collections.Concurrent;
using Kitty.Client;
using Kitty.Client.Models;
using Kitty.Client.Requests;
using Kitty.Testing.Cluster;
using Microsoft.AspNetCore.Http.Connections;

namespace Kitty.EndToEnd.Tests.Cluster;

/// <summary>
/// A user on a cluster behind a load balancer the test plays: connected to one node, with chat sessions in its
/// channels and a <see cref="ChannelTimeline"/> of each. When its connection drops (its node died, or closed it) it
/// does what a client behind a load balancer does: connects to whichever live node the balancer picks, starts its chat
/// sessions again and catches up from the last seq it was shown, so the timeline continues exactly where it stopped.
/// </summary>
internal sealed class ClusterUser : IAsyncDisposable
{
    private static readonly TimeSpan AttemptTimeout = TimeSpan.FromSeconds(10);
    private static readonly TimeSpan FailoverTimeout = TimeSpan.FromSeconds(30);
    private readonly Lock _gate = new();
    private readonly Func<NodeProcess> _balancer;
    private readonly string _apiKey;
    private readonly Dictionary<long, ChannelTimeline> _timelines = [];
    private KittyClient _client = null!;
    private Task _failover = Task.CompletedTask;
    private bool _disposed;
    private int _retries;

    private ClusterUser(string username, string apiKey, Func<NodeProcess> balancer)
    {
        Username = username;
        _apiKey = apiKey;
        _balancer = balancer;
    }

    public string Username { get; }
    public long Id => _client.CurrentUser.Id;
    public NodeProcess Node { get; private set; } = null!;
    public KittyClient Client => _client;
    public int Failovers { get; private set; }
    public int Retries => Volatile.Read(ref _retries);

    /// <summary>Why sends were retried and what went wrong off any call, by node: for failure messages.</summary>
    public ConcurrentQueue<string> Problems { get; } = new();

    public IReadOnlyCollection<long> Channels => _timelines.Keys;

    public static async Task<ClusterUser> ConnectAsync(NodeProcess node, string apiKey, string username, Func<NodeProcess> balancer)
    {
        var user = new ClusterUser(username, apiKey, balancer);
        user._client = await user.StartClientAsync(node);
        user.Node = node;
        return user;
    }

    public ChannelTimeline Timeline(long channelId) => _timelines[channelId];

    /// <summary>Starts chat sessions; each channel's timeline begins at the seq the session starts at.</summary>
    public async Task OpenChatSessionsAsync(IEnumerable<long> channelIds)
    {
        foreach (var channelId in channelIds)
        {
            var timeline = _timelines[channelId] = new ChannelTimeline();
            Deliver(_client, channelId, timeline.NewSegment());
            timeline.StartSeq = (await _client.StartChatSessionAsync(channelId)).LastMessageSeq;
        }
    }

    /// <summary>
    /// Sends until a node acknowledges, always with the same client message id: a send whose answer was lost may
    /// have been stored, and then the retry must return it instead of storing a copy.
    /// </summary>
    public Task<Message> SendUntilAcknowledgedAsync(long channelId, string clientMessageId, string body, CancellationToken deadline)
    {
        var request = new SendMessageRequest(ChannelId: channelId, Body: body, ClientMessageId: clientMessageId);
        return UntilAnsweredAsync((client, token) => client.SendMessageAsync(request, token), "send", deadline);
    }

    /// <summary>
    /// Makes an idempotent call until a node answers: on a dropped connection through another node once the user is
    /// connected again, on an error after a short pause.
    /// </summary>
    public async Task<T> UntilAnsweredAsync<T>(Func<KittyClient, CancellationToken, Task<T>> call, string what, CancellationToken deadline)
    {
        while (true)
        {
            var (client, node) = (_client, Node);
            var started = DateTime.UtcNow;
            try
            {
                using var attempt = CancellationTokenSource.CreateLinkedTokenSource(deadline);
                attempt.CancelAfter(AttemptTimeout);
                return await call(client, attempt.Token);
            }
            catch (Exception e) when (!deadline.IsCancellationRequested)
            {
                Interlocked.Increment(ref _retries);
                Problems.Enqueue($"{what} via node {node.Index}: {e.GetType().Name}: {e.Message} [at {started:HH:mm:ss.f}, after {(DateTime.UtcNow - started).TotalSeconds:F1} s]");
                if (client.ConnectionState == KittyConnectionState.Connected) await Task.Delay(20, deadline);
                else await EnsureConnectedAsync();
            }
        }
    }

    /// <summary>Completes once the user is connected again (at once when it never lost its connection).</summary>
    public Task EnsureConnectedAsync()
    {
        lock (_gate)
        {
            if (_disposed) return Task.CompletedTask;
            if (_client.ConnectionState == KittyConnectionState.Connected && _failover.IsCompleted) return _failover;
            if (_failover.IsCompleted) _failover = Task.Run(FailOverAsync);
            return _failover;
        }
    }

    public async ValueTask DisposeAsync()
    {
        Task failover;
        lock (_gate)
        {
            _disposed = true;
            failover = _failover;
        }

        // A failover under way ends with a client of its own, which must be the one disposed.
        await Task.WhenAny(failover);
        await _client.DisposeAsync();
    }

    private async Task<KittyClient> StartClientAsync(NodeProcess node)
    {
        // No automatic reconnect: it would retry the dead node's address; moving to another node is the balancer's job.
        var options = new KittyClientOptions { ReconnectDelays = [], Transports = HttpTransportType.WebSockets };
        var client = await KittyClient.StartSessionAsync(node.Url, _apiKey, Username, options: options);
        client.ConnectionStateChanged += (_, state) =>
        {
            if (state == KittyConnectionState.Disconnected) _ = EnsureConnectedAsync();
        };
        client.DispatchFailed += (_, e) => Problems.Enqueue($"dispatch on node {node.Index}: {e.GetType().Name}: {e.Message}");
        return client;
    }

    private async Task FailOverAsync()
    {
        var deadline = DateTime.UtcNow + FailoverTimeout;
        while (true)
        {
            var node = _balancer();
            KittyClient? client = null;
            var opened = new List<ChannelTimeline.Segment>();
            try
            {
                client = await StartClientAsync(node);
                foreach (var (channelId, timeline) in _timelines)
                {
                    // Read before the new session starts: the old connection is gone, so nothing is added after this.
                    var lastSeen = timeline.LastSeq;
                    var catchUp = timeline.NewSegment();
                    var live = timeline.NewSegment();
                    opened.AddRange([catchUp, live]);
                    Deliver(client, channelId, live);
                    var start = await client.StartChatSessionAsync(channelId);
                    // Live delivery covers what follows the session's start; the catch-up the time without a connection.
                    foreach (var message in await client.CatchUpAsync(channelId, lastSeen))
                    {
                        if (message.Seq <= start.LastMessageSeq) catchUp.Add(message);
                    }
                }

                var old = _client;
                (_client, Node) = (client, node);
                Failovers++;
                await old.DisposeAsync();
                return;
            }
            catch (Exception e) when (DateTime.UtcNow < deadline)
            {
                // Like an application that shows a channel again only once it is resumed: the attempt is undone whole.
                Problems.Enqueue($"failover to node {node.Index}: {e.GetType().Name}: {e.Message}");
                foreach (var segment in opened) segment.Discard();
                if (client is not null) await client.DisposeAsync();
                await Task.Delay(50);
            }
        }
    }

    private static void Deliver(KittyClient client, long channelId, ChannelTimeline.Segment segment) =>
        client.MessageReceived += (_, e) =>
        {
            if (e.Resource.ChannelId == channelId) segment.Add(e.Resource);
        };
}
