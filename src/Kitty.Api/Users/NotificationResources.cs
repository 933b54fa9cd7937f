using Kitty.Abstractions.Channels;
using Kitty.Abstractions.Errors;
using Kitty.Abstractions.Messages;
using Kitty.Abstractions.Notifications;
using Kitty.Abstractions.Users;
using Kitty.Api.Channels;
using Kitty.Api.Hal;
using Kitty.Api.Messages;

namespace Kitty.Api.Users;

/// <summary>
/// Renders notifications (NotificationResource with NotificationData): a notification names its message,
/// channel, mentioned user or channel and replied-to message by id, so they are fetched once per page; ones
/// that are gone are left out of the data.
/// </summary>
internal static class NotificationResources
{
    public static async Task<IReadOnlyDictionary<long, NotificationResource>> RenderAll(
        IGrainFactory grains, long applicationId, ApiLinks links, ChatUser recipient, IReadOnlyList<Notification> notifications)
    {
        var parts = await Fetch(grains, applicationId, recipient, notifications);
        return notifications.ToDictionary(n => n.Id, n => Render(n, links, parts));
    }

    public static NotificationResource Render(Notification notification, ApiLinks links, NotificationParts parts)
    {
        var message = Find(parts.Messages, notification.MessageId);
        var channel = Find(parts.Channels, notification.ChannelId);
        var parent = Find(parts.Parents, notification.ParentMessageId ?? message?.ParentMessageId);
        var type = notification.DataType;
        var data = new NotificationDataResource(
            type,
            message is null ? null : MessageResources.Render(message, links, parts.Mentions, withLinks: false),
            notification.ChannelId,
            type == NotificationTypes.UserMentionedUser && Find(parts.Users, notification.MentionedUserId ?? notification.UserId) is { } user
                ? UserResources.Render(user, links, withLinks: false)
                : null,
            type == NotificationTypes.UserMentionedChannel && Find(parts.Channels, notification.MentionedChannelId) is { } mentioned
                ? ChannelResources.Render(mentioned, links, parts.Mentions, withLinks: false)
                : null,
            type == NotificationTypes.UserRepliedToMessage && parent is not null
                ? MessageResources.Render(parent, links, parts.Mentions, withLinks: false)
                : null);
        return new NotificationResource(
            notification.Id,
            notification.Title,
            notification.Body,
            channel is null ? null : ChannelResources.Render(channel, links, parts.Mentions, withLinks: false),
            data,
            notification.Muted,
            notification.CreatedTime,
            notification.ReadTime,
            new HalLinks()
                .Add("recipient", links, ApiPaths.User(notification.UserId))
                .Add("application", links, ApiPaths.Application));
    }

    private static async Task<NotificationParts> Fetch(
        IGrainFactory grains, long applicationId, ChatUser recipient, IReadOnlyList<Notification> notifications)
    {
        var directory = grains.GetGrain<IMessageDirectoryGrain>(applicationId);
        var messages = await FetchAll(notifications.Select(n => n.MessageId), directory.GetMessage);
        var parents = await FetchAll(
            notifications.Select(n => n.ParentMessageId ?? Find(messages, n.MessageId)?.ParentMessageId), directory.GetMessage);
        var channels = await FetchAll(notifications.SelectMany(n => new[] { n.ChannelId, n.MentionedChannelId }),
            id => grains.GetGrain<IChannelGrain>(id).Get(applicationId));
        var users = await FetchAll(notifications.Select(n => n.MentionedUserId).Where(id => id != recipient.Id),
            id => grains.GetGrain<IUserGrain>(id).Get(applicationId));
        var mentions = await MentionLookup.Load(grains, applicationId,
            messages.Values.Concat(parents.Values).Concat(channels.Values.Select(c => c.LastReceivedMessage)));
        return new NotificationParts(messages, parents, channels,
            new Dictionary<long, ChatUser>(users) { [recipient.Id] = recipient }, mentions);
    }

    private static T? Find<T>(IReadOnlyDictionary<long, T> found, long? id) where T : class =>
        id is { } key ? found.GetValueOrDefault(key) : null;

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
