using System.Text.Json;
using System.Text.Json.Serialization;
using Kitty.Api.Hal;

namespace Kitty.Api.Users;

/// <summary>A user (ChatUserResource; without <c>_links</c> it is the embedded ChatUserProperties).</summary>
public sealed record ChatUserResource(
    long Id,
    string Type,
    string Name,
    string DisplayName,
    string DisplayPictureUrl,
    bool IsGuest,
    PresenceResource Presence,
    string? CallStatus,
    JsonElement Properties,
    [property: JsonPropertyName("_links")] IReadOnlyDictionary<string, Link>? Links);
