using System.Collections.Concurrent;
using Kitty.Abstractions.Realtime;
using Microsoft.Extensions.Logging;
using Orleans.Streams;

namespace Kitty.Api.Rtm.Feeds;

/// <summary>
/// This node's stream subscriptions: one per channel with a local chat session and one per user with a local
/// connection, reference-counted and dropped when the last local one ends. Each subscription forwards its
/// events, one at a time and so in stream order, through <see cref="EventForwarder"/>.
/// </summary>
internal sealed class NodeFeeds(IClusterClient client, EventForwarder forwarder, ILogger<NodeFeeds> logger)
{
    private readonly Dictionary<FeedKey, Feed> feeds = [];
    private readonly ConcurrentDictionary<long, long> mainThreads = new();

    /// <summary>How many feeds this node holds (for tests and diagnostics).</summary>
    public int Count
    {
        get
        {
            lock (feeds)
            {
                return feeds.Count;
            }
        }
    }

    /// <summary>Whether this node follows the feed.</summary>
    public bool Has(FeedKey key)
    {
        lock (feeds)
        {
            return feeds.ContainsKey(key);
        }
    }

    /// <summary>Remembers a channel's main thread, whose thread events go to all its chat sessions.</summary>
    public void SetMainThread(long channelId, long mainThreadId) => mainThreads[channelId] = mainThreadId;

    public async Task Acquire(FeedKey key)
    {
        while (true)
        {
            var feed = Find(key, create: true)!;
            await feed.Gate.WaitAsync();
            try
            {
                if (feed.Retired)
                {
                    continue;
                }

                if (feed.Count == 0)
                {
                    feed.Handle = await Subscribe(key);
                    RtmLog.FeedSubscribed(logger, key.ToString());
                }

                feed.Count++;
                return;
            }
            catch
            {
                if (feed.Count == 0)
                {
                    Retire(key, feed);
                }

                throw;
            }
            finally
            {
                feed.Gate.Release();
            }
        }
    }

    public async Task Release(FeedKey key)
    {
        if (Find(key, create: false) is not { } feed)
        {
            return;
        }

        await feed.Gate.WaitAsync();
        try
        {
            if (feed.Retired || feed.Count == 0 || --feed.Count > 0)
            {
                return;
            }

            Retire(key, feed);
            if (feed.Handle is { } handle)
            {
                await handle.UnsubscribeAsync();
                RtmLog.FeedUnsubscribed(logger, key.ToString());
            }
        }
        catch (Exception exception)
        {
            RtmLog.FeedUnsubscribeFailed(logger, exception, key.ToString());
        }
        finally
        {
            feed.Gate.Release();
        }
    }

    private Task<StreamSubscriptionHandle<ChatEvent>> Subscribe(FeedKey key)
    {
        var stream = client.GetStreamProvider(KittyStreams.ProviderName).GetStream<ChatEvent>(key.StreamId);
        return stream.SubscribeAsync((chatEvent, _) =>
            forwarder.Forward(key, chatEvent, key.Kind == FeedKind.Channel && mainThreads.TryGetValue(key.Id, out var main) ? main : null));
    }

    private Feed? Find(FeedKey key, bool create)
    {
        lock (feeds)
        {
            if (!feeds.TryGetValue(key, out var feed) && create)
            {
                feeds[key] = feed = new Feed();
            }

            return feed;
        }
    }

    private void Retire(FeedKey key, Feed feed)
    {
        feed.Retired = true;
        lock (feeds)
        {
            if (feeds.TryGetValue(key, out var current) && ReferenceEquals(current, feed))
            {
                feeds.Remove(key);
            }
        }

        if (key.Kind == FeedKind.Channel)
        {
            mainThreads.TryRemove(key.Id, out _);
        }
    }

    private sealed class Feed
    {
        public SemaphoreSlim Gate { get; } = new(1, 1);
        public int Count { get; set; }
        public bool Retired { get; set; }
        public StreamSubscriptionHandle<ChatEvent>? Handle { get; set; }
    }
}
