using Kitty.Api.Users;

namespace Kitty.Api.Messages;

/// <summary>The reactions to a message with one emoji (ReactionSummary): how many, and the first few users.</summary>
public sealed record ReactionSummaryResource(
    EmojiResource Emoji,
    int Count,
    IReadOnlyList<ChatUserResource> Users);
