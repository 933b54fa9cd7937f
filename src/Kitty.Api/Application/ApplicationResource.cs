using System.Text.Json;
using System.Text.Json.Serialization;
using Kitty.Api.Hal;

namespace Kitty.Api.Application;

/// <summary>The authenticated application (ApplicationResource); <c>key</c> is its client API key.</summary>
public sealed record ApplicationResource(
    long Id,
    DateTimeOffset CreatedTime,
    string Key,
    JsonElement Properties,
    [property: JsonPropertyName("_links")] IReadOnlyDictionary<string, Link> Links);
