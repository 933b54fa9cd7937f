using System.Diagnostics;
using Kitty.Client;
using Kitty.Client.Requests;

namespace Kitty.LoadTests;

/// <summary>
/// Many sessions in one public channel, a few of them sending: measures how fast and how soon every message
/// reaches every session, and checks each got each exactly once, in seq order.
/// </summary>
internal sealed class FanoutScenario(LoadOptions options, Uri url, string apiKey)
{
    private readonly string _runId = Guid.NewGuid().ToString("N")[..8];
    private readonly List<(KittyClient Client, DeliveryLedger Ledger)> _sessions = [];
    private int _sendErrors;
    private int _rateLimitRetries;
    private int _dispatchFailures;
    private int _reconnects;
    private int _nextIndex = -1;

    public async Task<FanoutResult> RunAsync()
    {
        try
        {
            var channelId = await CreateChannelAsync();
            var connect = Stopwatch.StartNew();
            await ConnectAllAsync(channelId);
            connect.Stop();
            Console.WriteLine($"Connected {_sessions.Count} sessions to channel {channelId} in {connect.Elapsed.TotalSeconds:F1} s; sending…");

            var startMicros = LoadClock.NowMicros;
            var send = Stopwatch.StartNew();
            await Task.WhenAll(_sessions.Take(options.Senders).Select(s => SendLoopAsync(s.Client, channelId, startMicros)));
            send.Stop();
            await Task.WhenAny(Task.WhenAll(_sessions.Select(s => s.Ledger.Complete)), Task.Delay(options.DrainTimeout));
            return Result(connect.Elapsed, send.Elapsed, startMicros);
        }
        finally
        {
            await Task.WhenAll(_sessions.Select(s => s.Client.DisposeAsync().AsTask()));
        }
    }

    private async Task<long> CreateChannelAsync()
    {
        var name = $"load-{_runId}";
        if (options.ClientId is { } id && options.ClientSecret is { } secret)
        {
            return await PlatformChannels.CreatePublicAsync(url, id, secret, name);
        }

        await using var owner = await KittyClient.StartSessionAsync(url, apiKey, $"load-owner-{_runId}", options: ClientOptions());
        return (await owner.CreateChannelAsync(new CreateChannelRequest("PUBLIC", name, name))).Id;
    }

    private async Task ConnectAllAsync(long channelId)
    {
        var ledgers = Enumerable.Range(0, options.Sessions).Select(_ => new DeliveryLedger(_runId, options.Messages)).ToList();
        var clients = new KittyClient[options.Sessions];
        await Parallel.ForEachAsync(Enumerable.Range(0, options.Sessions),
            new ParallelOptions { MaxDegreeOfParallelism = options.ConnectConcurrency },
            async (i, cancellationToken) =>
            {
                var client = await KittyClient.StartSessionAsync(url, apiKey, $"load-{_runId}-{i}", options: ClientOptions(), cancellationToken: cancellationToken);
                var ledger = ledgers[i];
                client.MessageReceived += (_, e) => ledger.Record(e.Resource);
                client.DispatchFailed += (_, _) => Interlocked.Increment(ref _dispatchFailures);
                client.ConnectionStateChanged += (_, state) =>
                {
                    if (state == KittyConnectionState.Reconnecting) Interlocked.Increment(ref _reconnects);
                };
                await client.JoinChannelAsync(channelId, cancellationToken);
                await client.StartChatSessionAsync(channelId, cancellationToken);
                clients[i] = client;
            });
        _sessions.AddRange(clients.Zip(ledgers));
    }

    private async Task SendLoopAsync(KittyClient client, long channelId, long startMicros)
    {
        int index;
        while ((index = Interlocked.Increment(ref _nextIndex)) < options.Messages)
        {
            if (options.Rate > 0)
            {
                var due = startMicros + (long)(index * 1_000_000 / options.Rate);
                var wait = due - LoadClock.NowMicros;
                if (wait > 0) await Task.Delay(TimeSpan.FromMicroseconds(wait));
            }

            await SendOneAsync(client, channelId, index);
        }
    }

    /// <summary>Sends one message, retrying with the same clientMessageId (so never twice) after rate limits and drops.</summary>
    private async Task SendOneAsync(KittyClient client, long channelId, int index)
    {
        var request = new SendMessageRequest(
            ChannelId: channelId, Body: $"load message {index}", Properties: LoadMessage.Properties(_runId, index),
            ClientMessageId: $"{_runId}-{index}");
        for (var attempt = 1; ; attempt++)
        {
            try
            {
                await client.SendMessageAsync(request);
                return;
            }
            catch (KittyClientException e) when (e.IsRateLimited)
            {
                Interlocked.Increment(ref _rateLimitRetries);
                await Task.Delay(e.CoolOffDuration ?? TimeSpan.FromSeconds(1));
            }
            catch (KittyClientException e) when (e.ErrorName == KittyErrorNames.ConnectionError && attempt < 5)
            {
                await Task.Delay(TimeSpan.FromMilliseconds(200 * attempt));
            }
            catch (KittyClientException e)
            {
                Interlocked.Increment(ref _sendErrors);
                Console.Error.WriteLine($"Send {index} failed: {e.ErrorName}: {e.Message}");
                return;
            }
        }
    }

    private FanoutResult Result(TimeSpan connect, TimeSpan send, long startMicros)
    {
        var ledgers = _sessions.Select(s => s.Ledger).ToList();
        var lastDelivery = ledgers.Select(l => l.LastDeliveryMicros).DefaultIfEmpty(startMicros).Max();
        return new FanoutResult(
            options,
            url.Authority,
            connect,
            send,
            TimeSpan.FromMicroseconds(Math.Max(1, lastDelivery - startMicros)),
            ledgers.Sum(l => (long)l.Distinct),
            (long)options.Sessions * options.Messages,
            new Percentiles(ledgers.SelectMany(l => l.LatenciesMs)),
            _sendErrors,
            _rateLimitRetries,
            _dispatchFailures,
            _reconnects,
            ledgers.Count(l => l.Distinct < options.Messages),
            ledgers.Sum(l => l.Duplicates),
            ledgers.Sum(l => l.OutOfOrder));
    }

    private KittyClientOptions ClientOptions() => new() { UseMessagePack = options.MessagePack };
}
