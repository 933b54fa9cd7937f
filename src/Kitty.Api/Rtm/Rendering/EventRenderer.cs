using Kitty.Abstractions.Channels;
using Kitty.Abstractions.Errors;
using Kitty.Abstractions.Messages;
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
        var messages = new Dictionary<long, Message>();
        var parents = new Dictionary<long, Message>();
        var channels = new Dictionary<long, Channel>();
        var directory = grains.GetGrain<IMessageDirectoryGrain>(app);
        if (notification.MessageId is { } messageId && await OrNull(() => directory.GetMessage(messageId)) is { } message)
        {
            messages[messageId] = message;
            if (message.ParentMessageId is { } parentId && await OrNull(() => directory.GetMessage(parentId)) is { } parent)
            {
                parents[parentId] = parent;
            }
        }

        if (notification.ChannelId is { } channelId
            && await OrNull(() => grains.GetGrain<IChannelGrain>(channelId).Get(app)) is { } channel)
        {
            channels[channelId] = channel;
        }

        var mentions = await MentionLookup.Load(grains, app, messages.Values.Concat(parents.Values));
        var resource = NotificationResources.Render(notification, recipient, links, mentions, messages, parents, channels);
        var tree = PlainTree.Object(resource);
        tree.Remove("_links");
        return tree;
    }

    private static async Task<T?> OrNull<T>(Func<Task<T>> fetch) where T : class
    {
        try
        {
            return await fetch();
        }
        catch (KittyException)
        {
            return null;
        }
    }
}
