using System.Text.Json.Serialization;
using Kitty.Api.Hal;

namespace Kitty.Api.Application;

/// <summary>The application's settings (ApplicationSettingsResource): ENABLED or DISABLED each.</summary>
public sealed record ApplicationSettingsResource(
    string GuestUsers,
    string UserCreatedChannels,
    [property: JsonPropertyName("_links")] IReadOnlyDictionary<string, Link>? Links);
