using System.Text.RegularExpressions;
using Kitty.Abstractions.Messages;

namespace Kitty.Grains.Messages;

/// <summary>
/// Finds the mention tags (<c>&lt;@user&gt;</c>, <c>&lt;#channel&gt;</c>) and URLs of a text body, with
/// positions as indexes into the body (end exclusive).
/// </summary>
public static partial class MessageTextParser
{
    [GeneratedRegex(@"<(?<kind>[@#])(?<name>[^<>\s]{1,256})>")]
    private static partial Regex MentionTag();

    [GeneratedRegex(@"\bhttps?://[^\s<>""']+", RegexOptions.IgnoreCase)]
    private static partial Regex Url();

    public static IEnumerable<(MentionType Type, string Tag, string Name, int Start, int End)> FindMentions(string body) =>
        MentionTag().Matches(body).Select(m => (
            m.Groups["kind"].Value == "@" ? MentionType.USER : MentionType.CHANNEL,
            m.Value,
            m.Groups["name"].Value,
            m.Index,
            m.Index + m.Length));

    public static IReadOnlyList<MessageLink> FindLinks(string body) =>
        Url().Matches(body)
            .Select(m => new MessageLink(m.Value.TrimEnd('.', ',', ')', ';', ':', '!', '?'), m.Index, 0))
            .Select(l => l with { EndPosition = l.StartPosition + l.Source.Length })
            .ToList();
}
