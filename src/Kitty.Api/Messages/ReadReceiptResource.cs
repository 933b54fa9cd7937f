using System.Text.Json.Serialization;
using Kitty.Api.Hal;
using Kitty.Api.Users;

namespace Kitty.Api.Messages;

/// <summary>That a user read a message, at <c>createdTime</c> (MessageReadReceiptResource).</summary>
public sealed record ReadReceiptResource(
    ChatUserResource User,
    DateTimeOffset CreatedTime,
    [property: JsonPropertyName("_links")] IReadOnlyDictionary<string, Link> Links);
