namespace Kitty.Api.Messages;

/// <summary>An emoji (EmojiProperties): its character, and what the built-in table knows about it.</summary>
public sealed record EmojiResource(
    string Character,
    string Description,
    IReadOnlyList<string> Aliases,
    IReadOnlyList<string> Tags);
