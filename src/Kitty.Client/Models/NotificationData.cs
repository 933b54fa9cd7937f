namespace Kitty.Client.Models;

/// <summary>What a notification is about.</summary>
/// <param name="Type">E.g. <c>USER:SENT:MESSAGE</c>, <c>USER:MENTIONED:USER</c>, <c>USER:REPLIED_TO:MESSAGE</c>.</param>
/// <param name="Message">The message that caused it.</param>
/// <param name="ChannelId">The channel of the message.</param>
/// <param name="MentionedUser">The user mentioned, for user mentions.</param>
/// <param name="MentionedChannel">The channel mentioned, for channel mentions.</param>
/// <param name="Parent">The message replied to, for replies.</param>
public sealed record NotificationData(
    string Type,
    Message? Message,
    long? ChannelId,
    User? MentionedUser,
    Channel? MentionedChannel,
    Message? Parent);
