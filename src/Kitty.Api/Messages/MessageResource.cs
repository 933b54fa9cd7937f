using System.Text.Json;
using System.Text.Json.Serialization;
using Kitty.Api.Hal;
using Kitty.Api.Users;

namespace Kitty.Api.Messages;

/// <summary>
/// A message (MessageResource; without <c>_links</c> it is MessageProperties). <c>user</c> only for TEXT and
/// FILE, <c>body</c>/<c>mentions</c>/<c>links</c> only for text types, <c>file</c> only for file types.
/// </summary>
public sealed record MessageResource(
    long Id,
    string Type,
    long ChannelId,
    string? Body,
    FileResource? File,
    ChatUserResource? User,
    IReadOnlyList<MentionResource>? Mentions,
    IReadOnlyList<MessageLinkResource>? Links,
    string? GroupTag,
    DateTimeOffset CreatedTime,
    DateTimeOffset? LastEditedTime,
    int NestedLevel,
    int RepliesCount,
    JsonElement Properties,
    [property: JsonPropertyName("_links")] IReadOnlyDictionary<string, Link>? HalLinks)
{
    /// <summary>One summary per emoji; left out when nobody reacted.</summary>
    public IReadOnlyList<ReactionSummaryResource>? Reactions { get; init; }
}
