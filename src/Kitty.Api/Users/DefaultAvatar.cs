using System.Globalization;
using Kitty.Abstractions.Users;

namespace Kitty.Api.Users;

/// <summary>The generated picture of a user who has none: their initial on a colour of their id.</summary>
internal static class DefaultAvatar
{
    private static readonly string[] Colours =
        ["#E57373", "#F06292", "#BA68C8", "#7986CB", "#4FC3F7", "#4DB6AC", "#81C784", "#FFB74D", "#A1887F", "#90A4AE"];

    public static string Path(ChatUser user) =>
        $"/avatars/{user.Id.ToString(CultureInfo.InvariantCulture)}.svg?initial={Uri.EscapeDataString(Initial(user.DisplayName, user.Name))}";

    public static string Initial(params string?[] names)
    {
        foreach (var name in names)
        {
            var trimmed = name?.Trim();
            if (!string.IsNullOrEmpty(trimmed))
            {
                var length = StringInfo.GetNextTextElementLength(trimmed);
                return trimmed[..length].ToUpperInvariant();
            }
        }

        return "?";
    }

    public static string Svg(long userId, string? initial)
    {
        var letter = Initial(initial);
        var colour = Colours[(int)((ulong)userId % (ulong)Colours.Length)];
        var text = System.Security.SecurityElement.Escape(letter);
        return $"""
            <svg xmlns="http://www.w3.org/2000/svg" width="128" height="128" viewBox="0 0 128 128"><rect width="128" height="128" fill="{colour}"/><text x="64" y="64" dy=".35em" text-anchor="middle" font-family="Helvetica, Arial, sans-serif" font-size="64" fill="#FFFFFF">{text}</text></svg>
            """;
    }
}
