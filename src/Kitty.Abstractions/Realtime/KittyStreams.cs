using Orleans.Runtime;

namespace Kitty.Abstractions.Realtime;

/// <summary>
/// The Orleans streams realtime events travel on: one per channel and one per user. Streams are
/// notifications, not the source of truth: a node that misses an event catches up from the chat store.
/// </summary>
public static class KittyStreams
{
    /// <summary>The stream provider's name (memory streams, pub-sub state in grain storage).</summary>
    public const string ProviderName = "kitty";

    /// <summary>The grain storage that keeps the stream provider's pub-sub state.</summary>
    public const string PubSubStorageName = "PubSubStore";

    /// <summary>Events of one channel for its chat sessions.</summary>
    public static StreamId Channel(long channelId) => StreamId.Create("channel", channelId);

    /// <summary>Events for every connection of one user.</summary>
    public static StreamId User(long userId) => StreamId.Create("user", userId);
}
