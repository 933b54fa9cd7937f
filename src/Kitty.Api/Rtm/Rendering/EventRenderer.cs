using Kitty.Abstractions.Notifications;
using Kitty.Abstractions.Realtime;
using Kitty.Abstractions.Users;
using Kitty.Api.Messages;
using Kitty.Api.Users;

namespace Kitty.Api.Rtm.Rendering;

/// <summary>Renders a stream event into its envelope, fetching what the models name by id (mentions, notification parts).</summary>
internal sealed class EventRenderer(IGrainFactory grains, NodeLinks nodeLinks)
{
    public async Task<Dictionary<string, object?>> Render(ChatEvent chatEvent)
    {
        var links = nodeLinks.Current;
        var applicationId = chatEvent.Message?.ApplicationId ?? chatEvent.Channel?.ApplicationId
            ?? chatEvent.User?.ApplicationId ?? chatEvent.Notification?.ApplicationId ?? 0;
        var mentions = await MentionLookup.Load(grains, applicationId, [chatEvent.Message, chatEvent.Channel?.LastReceivedMessage]);
        var notification = chatEvent.Notification is { } n ? await RenderNotification(n, links) : null;
        return EventEnvelopes.Render(chatEvent, links, mentions, notification);
    }

    private async Task<object?> RenderNotification(Notification notification, Hal.ApiLinks links)
    {
        var app = notification.ApplicationId;
        var recipient = await grains.GetGrain<IUserGrain>(notification.UserId).Get(app);
        var resource = (await NotificationResources.RenderAll(grains, app, links, recipient, [notification]))[notification.Id];
        var tree = PlainTree.Object(resource);
        tree.Remove("_links");
        return tree;
    }
}
