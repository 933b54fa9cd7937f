using System.Text.Json.Serialization;

namespace Kitty.Api.Hal;

/// <summary>An offset page of resources: <c>_embedded.&lt;key&gt;</c> (absent when empty), links and page metadata.</summary>
public sealed record PagedModel<T>(
    [property: JsonPropertyName("_embedded")] IReadOnlyDictionary<string, IReadOnlyList<T>>? Embedded,
    [property: JsonPropertyName("_links")] IReadOnlyDictionary<string, Link> Links,
    PageMetadata Page);
