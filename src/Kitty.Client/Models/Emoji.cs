namespace Kitty.Client.Models;

/// <summary>An emoji: its character and what it is called.</summary>
/// <param name="Character">The emoji character, e.g. <c>👍</c>.</param>
/// <param name="Description">A short description, e.g. <c>thumbs up</c>.</param>
/// <param name="Aliases">Its <c>:alias:</c> names without colons, e.g. <c>+1</c>.</param>
/// <param name="Tags">Search tags.</param>
public sealed record Emoji(string Character, string? Description, IReadOnlyList<string>? Aliases, IReadOnlyList<string>? Tags);
