using System.Text.Json.Serialization;
using Kitty.Api.Hal;

namespace Kitty.Api.Channels;

/// <summary>Keystrokes relayed to a channel or thread (ReplyThreadKeystrokesResource).</summary>
public sealed record KeystrokesResource(
    string Keys,
    string Username,
    [property: JsonPropertyName("_links")] IReadOnlyDictionary<string, Link> Links);
