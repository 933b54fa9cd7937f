using Kitty.Abstractions.Realtime;
using Microsoft.Extensions.Logging;
using Orleans.Streams;

namespace Kitty.Grains.Realtime;

/// <summary>
/// Puts a grain's realtime events on the channel and user streams, after the durable write. Streams are
/// notifications, not the truth: a failed publish is logged and never undoes the write it follows, and
/// clients catch up from the chat store. Awaiting each publish keeps one grain's events in order.
/// </summary>
internal sealed partial class ChatEventPublisher(IStreamProvider streams, ILogger logger)
{
    public static ChatEventPublisher For(Grain grain, ILogger logger) =>
        new(grain.GetStreamProvider(KittyStreams.ProviderName), logger);

    public Task ToChannel(long channelId, ChatEvent chatEvent) => Publish(KittyStreams.Channel(channelId), chatEvent);

    public Task ToUser(long userId, ChatEvent chatEvent) => Publish(KittyStreams.User(userId), chatEvent);

    public Task ToUsers(IEnumerable<long> userIds, ChatEvent chatEvent) =>
        Task.WhenAll(userIds.Select(userId => ToUser(userId, chatEvent)));

    private async Task Publish(StreamId stream, ChatEvent chatEvent)
    {
        try
        {
            await streams.GetStream<ChatEvent>(stream).OnNextAsync(chatEvent);
        }
        catch (Exception e)
        {
            LogPublishFailed(e, chatEvent.Type, stream.ToString());
        }
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "Could not publish {EventType} on stream {Stream}; clients catch up from the store")]
    private partial void LogPublishFailed(Exception exception, string eventType, string stream);
}
