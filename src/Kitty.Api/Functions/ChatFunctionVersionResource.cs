using System.Text.Json.Serialization;
using Kitty.Api.Hal;

namespace Kitty.Api.Functions;

/// <summary>A deployed handler script (ChatFunctionVersionResource).</summary>
public sealed record ChatFunctionVersionResource(
    long Id,
    int VersionNumber,
    string HandlerScript,
    [property: JsonPropertyName("_links")] IReadOnlyDictionary<string, Link> Links);
