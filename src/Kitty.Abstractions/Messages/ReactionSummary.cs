using Kitty.Abstractions.Users;

namespace Kitty.Abstractions.Messages;

/// <summary>
/// The reactions to a message with one emoji: how many, and (the first few of) who.
/// <see cref="Users"/> holds at most <see cref="MaxUsers"/> users, first reactor first.
/// </summary>
[GenerateSerializer, Immutable, Alias("kitty.reaction-summary")]
public sealed record ReactionSummary(
    [property: Id(0)] string Emoji,
    [property: Id(1)] int Count,
    [property: Id(2)] IReadOnlyList<ChatUser> Users)
{
    /// <summary>The most users a summary names; <see cref="Count"/> counts them all.</summary>
    public const int MaxUsers = 20;
}
