using System.Text.Json.Serialization;
using Kitty.Api.Hal;

namespace Kitty.Api.Sessions;

/// <summary>A user session's presence in one channel (ChatSessionResource); the channel is only a link.</summary>
public sealed record ChatSessionResource(
    long Id,
    DateTimeOffset CreatedTime,
    DateTimeOffset? EndTime,
    string State,
    UserSessionResource Session,
    [property: JsonPropertyName("_links")] IReadOnlyDictionary<string, Link> Links);
