using System.Text.Json.Serialization;
using Kitty.Api.Hal;
using Kitty.Api.Users;

namespace Kitty.Api.Sessions;

/// <summary>A user's realtime session (ChatUserSessionResource; without <c>_links</c> ChatUserSessionProperties).</summary>
public sealed record UserSessionResource(
    long Id,
    DateTimeOffset CreatedTime,
    DateTimeOffset? EndTime,
    string State,
    ChatUserResource User,
    string? UserAgent,
    [property: JsonPropertyName("_links")] IReadOnlyDictionary<string, Link>? Links);
