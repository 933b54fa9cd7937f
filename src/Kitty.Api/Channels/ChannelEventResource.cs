using System.Text.Json;
using System.Text.Json.Serialization;
using Kitty.Api.Hal;
using Kitty.Api.Users;

namespace Kitty.Api.Channels;

/// <summary>A custom event sent to a channel (ChannelGenericEventResource).</summary>
public sealed record ChannelEventResource(
    string Type,
    JsonElement Properties,
    ChatUserResource? User,
    [property: JsonPropertyName("_links")] IReadOnlyDictionary<string, Link> Links);
