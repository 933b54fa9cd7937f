using Kitty.Client;
using Kitty.Client.Requests;

namespace Kitty.LoadTests.Targets;

/// <summary>Kitty through its .NET client SDK: one PUBLIC channel, every session in a chat session of it.</summary>
internal sealed class KittyFanoutTarget(LoadOptions options, Uri url, string apiKey, IAsyncDisposable? selfHosted) : IFanoutTarget
{
    private long _channelId;

    public string Name => "kitty";
    public Uri Url => url;

    public async Task CreateRoomAsync(string runId)
    {
        var name = $"load-{runId}";
        if (options.ClientId is { } id && options.ClientSecret is { } secret)
        {
            _channelId = await PlatformChannels.CreatePublicAsync(url, id, secret, name);
            return;
        }

        await using var owner = await KittyClient.StartSessionAsync(url, apiKey, $"load-owner-{runId}", options: ClientOptions());
        _channelId = (await owner.CreateChannelAsync(new CreateChannelRequest("PUBLIC", name, name))).Id;
    }

    public async Task<IFanoutSession> ConnectAsync(string user, DeliveryLedger ledger, FanoutCounters counters, CancellationToken cancellationToken)
    {
        var client = await KittyClient.StartSessionAsync(url, apiKey, user, options: ClientOptions(), cancellationToken: cancellationToken);
        client.MessageReceived += (_, e) => ledger.Record(e.Resource.Seq, e.Resource.Properties);
        client.DispatchFailed += (_, _) => counters.DispatchFailure();
        client.ConnectionStateChanged += (_, state) =>
        {
            if (state == KittyConnectionState.Reconnecting) counters.Reconnect();
        };
        await client.JoinChannelAsync(_channelId, cancellationToken);
        await client.StartChatSessionAsync(_channelId, cancellationToken);
        return new KittyFanoutSession(client, _channelId, counters);
    }

    public ValueTask DisposeAsync() => selfHosted?.DisposeAsync() ?? ValueTask.CompletedTask;

    private KittyClientOptions ClientOptions() => new() { UseMessagePack = options.MessagePack };
}
