namespace Kitty.Client.Models;

/// <summary>All reactions to a message with one emoji.</summary>
/// <param name="Emoji">The emoji.</param>
/// <param name="Count">How many users reacted with it.</param>
/// <param name="Users">Who reacted with it.</param>
public sealed record ReactionSummary(Emoji Emoji, int Count, IReadOnlyList<User> Users);
