using System.Text.Json;
using System.Text.Json.Serialization;
using Kitty.Api.Hal;

namespace Kitty.Api.Functions;

/// <summary>One run of a function (ChatFunctionInvocationResource); <c>result</c> is <c>{}</c> while running; <c>logs</c> (Kitty's own) is the console output.</summary>
public sealed record ChatFunctionInvocationResource(
    long Id,
    int VersionNumber,
    JsonElement Args,
    JsonElement Result,
    string Status,
    DateTimeOffset CreatedTime,
    JsonElement Logs,
    [property: JsonPropertyName("_links")] IReadOnlyDictionary<string, Link> Links);
