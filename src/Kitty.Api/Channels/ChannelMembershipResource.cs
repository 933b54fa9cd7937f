using System.Text.Json.Serialization;
using Kitty.Api.Hal;

namespace Kitty.Api.Channels;

/// <summary>A membership of a channel, since <c>createdTime</c>.</summary>
public sealed record ChannelMembershipResource(
    DateTimeOffset CreatedTime,
    [property: JsonPropertyName("_links")] IReadOnlyDictionary<string, Link> Links);
