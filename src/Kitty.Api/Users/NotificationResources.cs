using Kitty.Abstractions.Channels;
using Kitty.Abstractions.Errors;
using Kitty.Abstractions.Messages;
using Kitty.Abstractions.Notifications;
using Kitty.Abstractions.Users;
using Kitty.Api.Channels;
using Kitty.Api.Hal;
using Kitty.Api.Hosting;
using Kitty.Api.Messages;

namespace Kitty.Api.Users;

/// <summary>
/// Renders notifications: a notification names its message and channel by id, so they are fetched (once
/// per page); ones that are gone are left out of the data.
/// </summary>
internal static class NotificationResources
{
    public static async Task<IReadOnlyDictionary<long, NotificationResource>> RenderAll(
        ApiRequest api, ChatUser recipient, IReadOnlyList<Notification> notifications)
    {
        var messageDirectory = api.Grain<IMessageDirectoryGrain>(api.ApplicationId);
        var messages = await FetchAll(notifications.Select(n => n.MessageId), messageDirectory.GetMessage);
        var parents = await FetchAll(messages.Values.Select(m => m.ParentMessageId), messageDirectory.GetMessage);
        var channels = await FetchAll(notifications.Select(n => n.ChannelId),
            id => api.Grain<IChannelGrain>(id).Get(api.ApplicationId));
        var mentions = await MentionLookup.Load(api.Grains, api.ApplicationId,
            messages.Values.Concat(parents.Values).Concat(channels.Values.Select(c => c.LastReceivedMessage)));
        return notifications.ToDictionary(n => n.Id, n => Render(n, recipient, api.Links, mentions, messages, parents, channels));
    }

    public static NotificationResource Render(
        Notification notification,
        ChatUser recipient,
        ApiLinks links,
        MentionLookup mentions,
        IReadOnlyDictionary<long, Message> messages,
        IReadOnlyDictionary<long, Message> parents,
        IReadOnlyDictionary<long, Channel> channels)
    {
        var message = notification.MessageId is { } messageId ? messages.GetValueOrDefault(messageId) : null;
        var channel = notification.ChannelId is { } channelId ? channels.GetValueOrDefault(channelId) : null;
        var parent = message?.ParentMessageId is { } parentId ? parents.GetValueOrDefault(parentId) : null;
        var renderedChannel = channel is null ? null : ChannelResources.Render(channel, links, mentions, withLinks: false);
        var data = new NotificationDataResource(
            notification.DataType,
            message is null ? null : MessageResources.Render(message, links, mentions, withLinks: false),
            notification.ChannelId,
            notification.DataType == "USER:MENTIONED:USER" ? UserResources.Render(recipient, links, withLinks: false) : null,
            notification.DataType == "USER:MENTIONED:CHANNEL" ? renderedChannel : null,
            notification.DataType == "USER:REPLIED_TO:MESSAGE" && parent is not null
                ? MessageResources.Render(parent, links, mentions, withLinks: false)
                : null);
        return new NotificationResource(
            notification.Id,
            notification.Title,
            notification.Body,
            renderedChannel,
            data,
            notification.Muted,
            notification.CreatedTime,
            notification.ReadTime,
            new HalLinks()
                .Add("recipient", links, ApiPaths.User(notification.UserId))
                .Add("application", links, ApiPaths.Application));
    }

    private static async Task<IReadOnlyDictionary<long, T>> FetchAll<T>(IEnumerable<long?> ids, Func<long, Task<T>> fetch)
        where T : class
    {
        var distinct = ids.OfType<long>().Distinct().ToList();
        var found = await Task.WhenAll(distinct.Select(async id => (id, value: await FetchOrNull(id, fetch))));
        return found.Where(f => f.value is not null).ToDictionary(f => f.id, f => f.value!);
    }

    private static async Task<T?> FetchOrNull<T>(long id, Func<long, Task<T>> fetch) where T : class
    {
        try
        {
            return await fetch(id);
        }
        catch (KittyException exception) when (exception.Error is KittyError.ResourceNotFoundError or KittyError.AccessDeniedError)
        {
            return null;
        }
    }
}
