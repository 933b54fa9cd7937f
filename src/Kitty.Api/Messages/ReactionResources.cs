using Kitty.Abstractions.Messages;
using Kitty.Api.Hal;
using Kitty.Api.Users;

namespace Kitty.Api.Messages;

/// <summary>Renders emojis, reactions and a message's reaction summaries.</summary>
internal static class ReactionResources
{
    public static EmojiResource Emoji(string character)
    {
        var (description, aliases) = Emojis.Describe(character);
        return new EmojiResource(character, description, aliases, []);
    }

    public static ReactionResource Render(Reaction reaction, ApiLinks links) =>
        new(Emoji(reaction.Emoji), UserResources.Render(reaction.User, links, withLinks: false), reaction.CreatedTime);

    /// <summary>The summaries of a message, or null when nobody reacted (the field is left out).</summary>
    public static IReadOnlyList<ReactionSummaryResource>? Summaries(Message message, ApiLinks links) =>
        message.Reactions is { Count: > 0 } reactions
            ? [.. reactions.Select(s => new ReactionSummaryResource(
                Emoji(s.Emoji), s.Count, [.. s.Users.Select(u => UserResources.Render(u, links, withLinks: false))]))]
            : null;
}
