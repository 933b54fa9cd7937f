using Kitty.Abstractions.Messages;
using Kitty.Abstractions.Notifications;

namespace Kitty.Grains.Notifications;

/// <summary>The title and body a notification shows (platform-api.md §6: e.g. "System message sent", "File attachment").</summary>
internal static class NotificationText
{
    public const string FileBody = "File attachment";

    public static string Title(string type, Message message, string? mentionedChannelTag = null)
    {
        var sender = message.User?.DisplayName ?? "System";
        return type switch
        {
            NotificationTypes.SystemSentMessage => "System message sent",
            NotificationTypes.UserMentionedUser => $"{sender} mentioned you",
            NotificationTypes.UserMentionedChannel => $"{sender} mentioned {ChannelName(mentionedChannelTag)}",
            NotificationTypes.UserRepliedToMessage => $"{sender} replied to your message",
            _ => $"{sender} sent a message",
        };
    }

    public static string Body(Message message) => message.Body ?? FileBody;

    /// <summary>"&lt;#general&gt;" reads "#general".</summary>
    private static string ChannelName(string? tag) =>
        tag is { Length: > 3 } ? $"#{tag[2..^1]}" : "a channel";
}
