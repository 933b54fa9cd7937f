using System.Text.Json.Serialization;
using Kitty.Api.Hal;

namespace Kitty.Api.Functions;

/// <summary>The application's NodeJS runtime (ChatRuntimeResource).</summary>
public sealed record ChatRuntimeResource(
    long Id,
    string Type,
    string Version,
    IReadOnlyList<ChatRuntimeDependencyResource> Dependencies,
    IReadOnlyDictionary<string, string> EnvironmentVariables,
    ChatRuntimeScriptResource? InitializationScript,
    [property: JsonPropertyName("_links")] IReadOnlyDictionary<string, Link> Links);
