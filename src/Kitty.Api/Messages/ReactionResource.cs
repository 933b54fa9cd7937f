using Kitty.Api.Users;

namespace Kitty.Api.Messages;

/// <summary>One user's reaction to a message (Reaction).</summary>
public sealed record ReactionResource(
    EmojiResource Emoji,
    ChatUserResource User,
    DateTimeOffset CreatedTime);
