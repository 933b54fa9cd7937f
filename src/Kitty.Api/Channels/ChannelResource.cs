using System.Text.Json;
using System.Text.Json.Serialization;
using Kitty.Api.Hal;
using Kitty.Api.Messages;
using Kitty.Api.Users;

namespace Kitty.Api.Channels;

/// <summary>
/// A channel (ChannelResource). DIRECT channels carry <c>members</c> and no name; PUBLIC and PRIVATE carry
/// <c>name</c> and <c>displayName</c>.
/// </summary>
public sealed record ChannelResource(
    string Type,
    long Id,
    string? Name,
    string? DisplayName,
    DateTimeOffset CreatedTime,
    ChatUserResource? Creator,
    MessageResource? LastReceivedMessage,
    IReadOnlyList<ChatUserResource>? Members,
    JsonElement Properties,
    [property: JsonPropertyName("_links")] IReadOnlyDictionary<string, Link>? Links);
