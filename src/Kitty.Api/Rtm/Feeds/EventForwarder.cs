using Kitty.Abstractions.Realtime;
using Kitty.Api.Rtm.Hub;
using Kitty.Api.Rtm.Rendering;
using Microsoft.AspNetCore.SignalR;
using Microsoft.Extensions.Logging;

namespace Kitty.Api.Rtm.Feeds;

/// <summary>Renders a stream event once and sends it to the local group it is for. Never throws into the stream.</summary>
internal sealed class EventForwarder(EventRenderer renderer, IHubContext<RtmHub> hub, ILogger<EventForwarder> logger)
{
    public const string ClientMethod = "Event";

    public async Task Forward(FeedKey feed, ChatEvent chatEvent, long? mainThreadId)
    {
        try
        {
            var envelope = await renderer.Render(chatEvent);
            var group = EventRouting.Group(feed, chatEvent, mainThreadId);
            var clients = chatEvent.ExceptConnectionId is { } except
                ? hub.Clients.GroupExcept(group, except)
                : hub.Clients.Group(group);
            await clients.SendAsync(ClientMethod, envelope);
        }
        catch (Exception exception)
        {
            RtmLog.ForwardFailed(logger, exception, chatEvent.Type, feed.ToString());
        }
    }
}
