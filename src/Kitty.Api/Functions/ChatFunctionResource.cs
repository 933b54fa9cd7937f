using System.Text.Json.Serialization;
using Kitty.Api.Hal;

namespace Kitty.Api.Functions;

/// <summary>A chat function (ChatFunctionResource); <c>type</c> is its trigger.</summary>
public sealed record ChatFunctionResource(
    long Id,
    string Type,
    string Name,
    string? Description,
    bool Enabled,
    int CurrentVersionNumber,
    ChatFunctionRuntimeResource Runtime,
    [property: JsonPropertyName("_links")] IReadOnlyDictionary<string, Link> Links);
