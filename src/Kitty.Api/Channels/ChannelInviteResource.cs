using System.Text.Json.Serialization;
using Kitty.Api.Hal;

namespace Kitty.Api.Channels;

/// <summary>An invitation to a group channel, sent at <c>createdTime</c>.</summary>
public sealed record ChannelInviteResource(
    DateTimeOffset CreatedTime,
    [property: JsonPropertyName("_links")] IReadOnlyDictionary<string, Link> Links);
