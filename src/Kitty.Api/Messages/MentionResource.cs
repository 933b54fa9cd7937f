using Kitty.Api.Users;

namespace Kitty.Api.Messages;

/// <summary>A mention in a message body (MessageMentionProperties): <c>user</c> for USER, <c>channel</c> for CHANNEL.</summary>
public sealed record MentionResource(
    string Type,
    string Tag,
    int StartPosition,
    int EndPosition,
    ChatUserResource? User,
    MentionedChannelResource? Channel);
