using System.Text.Json.Serialization;
using Kitty.Api.Channels;
using Kitty.Api.Hal;

namespace Kitty.Api.Users;

/// <summary>A notification kept for a user (NotificationResource).</summary>
public sealed record NotificationResource(
    long Id,
    string Title,
    string Body,
    ChannelResource? Channel,
    NotificationDataResource Data,
    bool Muted,
    DateTimeOffset CreatedTime,
    DateTimeOffset? ReadTime,
    [property: JsonPropertyName("_links")] IReadOnlyDictionary<string, Link> Links);
