using System.Text.Json;
using System.Text.Json.Serialization;
using Kitty.Api.Hal;

namespace Kitty.Api.Threads;

/// <summary>A thread of a channel (ReplyThreadResource): MAIN, STANDALONE or MESSAGE.</summary>
public sealed record ReplyThreadResource(
    long Id,
    string Type,
    DateTimeOffset CreatedTime,
    string? Name,
    JsonElement Properties,
    [property: JsonPropertyName("_links")] IReadOnlyDictionary<string, Link> Links);
