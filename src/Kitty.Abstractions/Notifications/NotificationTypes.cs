namespace Kitty.Abstractions.Notifications;

/// <summary>The values of <c>NotificationData.type</c> (platform-api.md §5), most specific last.</summary>
public static class NotificationTypes
{
    /// <summary>Another user sent a message in a channel where the recipient has no active chat session.</summary>
    public const string UserSentMessage = "USER:SENT:MESSAGE";

    /// <summary>The application sent a system message in such a channel.</summary>
    public const string SystemSentMessage = "SYSTEM:SENT:MESSAGE";

    /// <summary>A channel the recipient belongs to was mentioned with <c>&lt;#name&gt;</c>.</summary>
    public const string UserMentionedChannel = "USER:MENTIONED:CHANNEL";

    /// <summary>The recipient was mentioned with <c>&lt;@name&gt;</c>.</summary>
    public const string UserMentionedUser = "USER:MENTIONED:USER";

    /// <summary>Someone replied to the recipient's message.</summary>
    public const string UserRepliedToMessage = "USER:REPLIED_TO:MESSAGE";
}
