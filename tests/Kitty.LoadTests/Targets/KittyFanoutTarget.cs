using Kitty.Client;
using Kitty.Client.Requests;
using Kitty.LoadTests.IdleConnections;

namespace Kitty.LoadTests.Targets;

/// <summary>Kitty through its .NET client SDK: PUBLIC channels, every session in a chat session of its own.</summary>
internal sealed class KittyFanoutTarget(LoadOptions options, Uri url, string apiKey, SelfHostedTarget host) : IFanoutTarget
{
    // One HTTP pool for every session's POST and negotiation: a pool per client would keep an idle connection per
    // session open (a file descriptor on each side), and 10,000 sessions would run both processes out of them.
    private readonly HttpMessageInvoker _http = new(new SocketsHttpHandler(), disposeHandler: true);
    private long[] _channelIds = [];

    public string Name => "kitty";
    public Uri Url => url;
    /// <summary>The application's API key its sessions start with.</summary>
    public string ApiKey => apiKey;
    public int? ServerPid => host.Pid;

    public async Task CreateRoomsAsync(string runId, int count)
    {
        var names = Enumerable.Range(0, count).Select(room => $"load-{runId}-{room}").ToList();
        if (options.ClientId is { } id && options.ClientSecret is { } secret)
        {
            _channelIds = await PlatformChannels.CreatePublicAsync(url, id, secret, names);
            return;
        }

        await using var owner = await KittyClient.StartSessionAsync(url, apiKey, $"load-owner-{runId}", options: ClientOptions());
        var ids = new List<long>(count);
        foreach (var name in names) ids.Add((await owner.CreateChannelAsync(new CreateChannelRequest("PUBLIC", name, name))).Id);
        _channelIds = [.. ids];
    }

    public async Task<IFanoutSession> ConnectAsync(string user, int room, DeliveryLedger ledger, FanoutCounters counters, CancellationToken cancellationToken)
    {
        var channelId = _channelIds[room];
        var client = await KittyClient.StartSessionAsync(url, apiKey, user, options: ClientOptions(), cancellationToken: cancellationToken);
        client.MessageReceived += (_, e) => ledger.Record(e.Resource.Seq, e.Resource.Properties);
        client.DispatchFailed += (_, _) => counters.DispatchFailure();
        client.ConnectionStateChanged += (_, state) =>
        {
            if (state == KittyConnectionState.Reconnecting) counters.Reconnect();
        };
        await client.JoinChannelAsync(channelId, cancellationToken);
        await client.StartChatSessionAsync(channelId, cancellationToken);
        return new KittyFanoutSession(client, channelId, counters);
    }

    /// <summary>A user session only (no channel, no chat session): what the churn scenario opens and closes.</summary>
    public Task<KittyClient> StartSessionAsync(string user, CancellationToken cancellationToken) =>
        KittyClient.StartSessionAsync(url, apiKey, user, options: ClientOptions(), cancellationToken: cancellationToken);

    /// <summary>The Platform API, when the run has the application's client credentials.</summary>
    public async Task<HttpClient?> PlatformAsync() =>
        options.ClientId is { } id && options.ClientSecret is { } secret ? await PlatformApi.ConnectAsync(url, id, secret) : null;

    public async ValueTask DisposeAsync()
    {
        await host.DisposeAsync();
        _http.Dispose();
    }

    private KittyClientOptions ClientOptions() => new() { UseMessagePack = options.MessagePack, HttpMessageHandlerFactory = () => new LentHandler(_http) };
}
