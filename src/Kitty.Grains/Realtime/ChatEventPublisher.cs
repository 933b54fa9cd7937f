using Kitty.Abstractions.Realtime;
using Microsoft.Extensions.Logging;
using Orleans.Streams;

namespace Kitty.Grains.Realtime;

/// <summary>
/// Puts a grain's realtime events on the channel and user streams, after the durable write. Streams are
/// notifications, not the truth: a failed publish is logged and never undoes the write it follows, and
/// clients catch up from the chat store. Awaiting each publish keeps one grain's events in order.
/// <para>
/// A publish whose stream queue lived on a silo that died while taking it is sent again for a few seconds (a publish the
/// dead silo never took is resent by the node's <c>UnreachableSiloRetryFilter</c>), until the queue is back on
/// a live silo: otherwise the event is lost and a client only notices at the next one (in a quiet channel, maybe
/// never). An event that did reach its queue before the silo died went down with it, so a resend rarely duplicates
/// one, and clients drop a message they already have by its seq.
/// </para>
/// </summary>
internal sealed partial class ChatEventPublisher(IStreamProvider streams, ILogger logger)
{
    public static ChatEventPublisher For(Grain grain, ILogger logger) =>
        new(grain.GetStreamProvider(KittyStreams.ProviderName), logger);

    public Task ToChannel(long channelId, ChatEvent chatEvent) => Publish(KittyStreams.Channel(channelId), chatEvent);

    public Task ToUser(long userId, ChatEvent chatEvent) => Publish(KittyStreams.User(userId), chatEvent);

    public Task ToUsers(IEnumerable<long> userIds, ChatEvent chatEvent) =>
        Task.WhenAll(userIds.Select(userId => ToUser(userId, chatEvent)));

    private static readonly TimeSpan FirstResendDelay = TimeSpan.FromMilliseconds(50);
    private static readonly TimeSpan ResendFor = TimeSpan.FromSeconds(5);

    private async Task Publish(StreamId stream, ChatEvent chatEvent)
    {
        var delay = FirstResendDelay;
        var waited = TimeSpan.Zero;
        while (true)
        {
            try
            {
                await streams.GetStream<ChatEvent>(stream).OnNextAsync(chatEvent);
                return;
            }
            catch (SiloUnavailableException) when (waited < ResendFor)
            {
                await Task.Delay(delay);
                waited += delay;
                delay *= 2;
            }
            catch (Exception e)
            {
                LogPublishFailed(e, chatEvent.Type, stream.ToString());
                return;
            }
        }
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "Could not publish {EventType} on stream {Stream}; clients catch up from the store")]
    private partial void LogPublishFailed(Exception exception, string eventType, string stream);
}
