using Kitty.Api.Channels;
using Kitty.Api.Messages;

namespace Kitty.Api.Users;

/// <summary>What a notification is about (NotificationData), discriminated by <c>type</c>.</summary>
public sealed record NotificationDataResource(
    string Type,
    MessageResource? Message,
    long? ChannelId,
    ChatUserResource? MentionedUser,
    ChannelResource? MentionedChannel,
    MessageResource? Parent);
