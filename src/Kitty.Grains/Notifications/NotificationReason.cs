using Kitty.Abstractions.Notifications;

namespace Kitty.Grains.Notifications;

/// <summary>Why one recipient is notified of a message; a more specific reason replaces a less specific one.</summary>
internal sealed record NotificationReason(
    string Type, long? MentionedUserId = null, long? MentionedChannelId = null, string? MentionedChannelTag = null,
    long? ParentMessageId = null)
{
    /// <summary>reply &gt; user mention &gt; channel mention &gt; sent.</summary>
    public int Rank => Type switch
    {
        NotificationTypes.UserRepliedToMessage => 3,
        NotificationTypes.UserMentionedUser => 2,
        NotificationTypes.UserMentionedChannel => 1,
        _ => 0,
    };
}
