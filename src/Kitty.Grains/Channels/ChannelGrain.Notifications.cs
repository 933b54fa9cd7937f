using Kitty.Abstractions.Channels;
using Kitty.Abstractions.Messages;
using Kitty.Abstractions.Notifications;
using Kitty.Abstractions.Realtime;
using Kitty.Grains.Notifications;
using Microsoft.Extensions.Logging;

namespace Kitty.Grains.Channels;

/// <summary>
/// Notifications for members who are away: every member but the sender without a chat session here gets
/// one per message, of its most specific kind. Everything comes from this grain's state (members, live
/// participants, mutes); a mentioned other channel is asked once which of them are its members, and the store
/// once which of them blocked the sender (they get nothing).
/// </summary>
public sealed partial class ChannelGrain
{
    /// <summary>Runs after the message is durable and announced; a failure is logged, never undoes the send.</summary>
    private async Task NotifyAway(Message message, Message? parent)
    {
        try
        {
            var reasons = await NotificationReasons(message, parent);
            if (reasons.Count == 0) return;
            // Whole milliseconds, as the store keeps them: the announced notification equals the stored one.
            var now = DateTimeOffset.FromUnixTimeMilliseconds(time.GetUtcNow().ToUnixTimeMilliseconds());
            var notifications = reasons
                .Select(r => new Notification(
                    ids.NextId(), message.ApplicationId, r.Key, NotificationText.Title(r.Value.Type, message, r.Value.MentionedChannelTag),
                    NotificationText.Body(message), r.Value.Type, ChannelId, message.Id, State.Muted.Contains(r.Key), now, null,
                    r.Value.MentionedUserId, r.Value.MentionedChannelId, r.Value.ParentMessageId))
                .ToList();
            await store.InsertNotifications(notifications);
            await Task.WhenAll(notifications.Select(n =>
                Events.ToUser(n.UserId, new ChatEvent(ChatEventTypes.NotificationCreated, ChannelId, Notification: n))));
            foreach (var notification in notifications) await RunNotificationHook(notification);
        }
        catch (Exception e)
        {
            LogNotifyFailed(e, message.Id);
        }
    }

    private async Task<Dictionary<long, NotificationReason>> NotificationReasons(Message message, Message? parent)
    {
        var present = _participants.Values.Select(p => p.UserId).ToHashSet();
        var away = State.Members.Where(m => m != message.UserId && !present.Contains(m)).ToList();
        var sent = new NotificationReason(message.UserId is null ? NotificationTypes.SystemSentMessage : NotificationTypes.UserSentMessage);
        var reasons = away.ToDictionary(m => m, _ => sent);
        if (reasons.Count == 0) return reasons;

        foreach (var mention in message.Mentions.Where(m => m.Type == MentionType.CHANNEL).DistinctBy(m => m.TargetId))
        {
            var reason = new NotificationReason(NotificationTypes.UserMentionedChannel, MentionedChannelId: mention.TargetId, MentionedChannelTag: mention.Tag);
            foreach (var member in await MembersOf(mention.TargetId, away)) Prefer(reasons, member, reason);
        }

        foreach (var mention in message.Mentions.Where(m => m.Type == MentionType.USER))
            Prefer(reasons, mention.TargetId, new NotificationReason(NotificationTypes.UserMentionedUser, MentionedUserId: mention.TargetId));

        if (parent?.UserId is { } author)
            Prefer(reasons, author, new NotificationReason(NotificationTypes.UserRepliedToMessage, ParentMessageId: parent.Id));
        if (message.UserId is { } sender)
        {
            foreach (var blocker in await store.ListUsersBlocking(message.ApplicationId, sender, reasons.Keys)) reasons.Remove(blocker);
        }

        return reasons;
    }

    /// <summary>Only recipients already chosen (away members) move up to a more specific reason.</summary>
    private static void Prefer(Dictionary<long, NotificationReason> reasons, long userId, NotificationReason reason)
    {
        if (reasons.TryGetValue(userId, out var current) && reason.Rank > current.Rank) reasons[userId] = reason;
    }

    /// <summary>Which of these users belong to a mentioned channel: this one from state, another by one call.</summary>
    private async Task<IReadOnlyList<long>> MembersOf(long channelId, IReadOnlyList<long> userIds) => channelId == ChannelId
        ? userIds
        : await GrainFactory.GetGrain<IChannelGrain>(channelId).SelectMembers(State.ApplicationId, userIds);

    private async Task RunNotificationHook(Notification notification)
    {
        try
        {
            // SEAM (issue 5): whether the recipient has a connection is not known here; see INotificationHook.
            await notificationHook.NotificationReceived(notification, userHasActiveSession: false);
        }
        catch (Exception e)
        {
            LogNotificationHookFailed(e, notification.Id);
        }
    }

    [LoggerMessage(Level = LogLevel.Error, Message = "Could not keep the notifications of message {MessageId}; the message stays sent")]
    private partial void LogNotifyFailed(Exception exception, long messageId);

    [LoggerMessage(Level = LogLevel.Warning, Message = "The notification hook failed for notification {NotificationId}")]
    private partial void LogNotificationHookFailed(Exception exception, long notificationId);
}
