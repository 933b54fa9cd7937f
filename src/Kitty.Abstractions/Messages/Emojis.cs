namespace Kitty.Abstractions.Messages;

/// <summary>
/// The emojis a reaction accepts: any short emoji text, or a <c>:alias:</c> of a small built-in table. A reaction is
/// stored by its character; aliases are known only for the table's emojis.
/// </summary>
public static class Emojis
{
    /// <summary>The longest emoji text accepted (ZWJ sequences and flags need a few code points).</summary>
    public const int MaxCharacterLength = 32;

    private static readonly (string Character, string Description, string[] Aliases)[] Table =
    [
        ("👍", "thumbs up", ["+1", "thumbsup"]),
        ("👎", "thumbs down", ["-1", "thumbsdown"]),
        ("😄", "grinning face with smiling eyes", ["smile"]),
        ("😂", "face with tears of joy", ["joy"]),
        ("❤️", "red heart", ["heart"]),
        ("🎉", "party popper", ["tada"]),
        ("😕", "confused face", ["confused"]),
        ("😮", "face with open mouth", ["open_mouth"]),
        ("😢", "crying face", ["cry"]),
        ("🚀", "rocket", ["rocket"]),
        ("👀", "eyes", ["eyes"]),
        ("🔥", "fire", ["fire"]),
        ("✅", "check mark button", ["white_check_mark"]),
        ("🙏", "folded hands", ["pray"]),
    ];

    /// <summary>The character of an emoji text or <c>:alias:</c>; null when it is neither.</summary>
    public static string? Character(string? emoji)
    {
        if (string.IsNullOrWhiteSpace(emoji)) return null;
        var text = emoji.Trim();
        if (text.Length > 2 && text[0] == ':' && text[^1] == ':')
        {
            var alias = text[1..^1];
            return Table.FirstOrDefault(e => e.Aliases.Contains(alias, StringComparer.Ordinal)).Character;
        }

        // Not text: no letters, digits, punctuation or spaces; at most a few code points.
        return text.Length <= MaxCharacterLength && !text.Any(c => char.IsLetterOrDigit(c) || char.IsWhiteSpace(c) || char.IsPunctuation(c))
            ? text
            : null;
    }

    /// <summary>The description and aliases of a character (empty when it is not in the table).</summary>
    public static (string Description, IReadOnlyList<string> Aliases) Describe(string character)
    {
        var known = Table.FirstOrDefault(e => e.Character == character);
        return known.Character is null ? (character, []) : (known.Description, known.Aliases);
    }
}
