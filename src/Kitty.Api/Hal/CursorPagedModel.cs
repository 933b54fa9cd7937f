using System.Text.Json.Serialization;

namespace Kitty.Api.Hal;

/// <summary>A cursor page of resources, newest first: <c>_embedded.&lt;key&gt;</c> (absent when empty), links and page metadata.</summary>
public sealed record CursorPagedModel<T>(
    [property: JsonPropertyName("_embedded")] IReadOnlyDictionary<string, IReadOnlyList<T>>? Embedded,
    [property: JsonPropertyName("_links")] IReadOnlyDictionary<string, Link> Links,
    CursorPageMetadata Page);
