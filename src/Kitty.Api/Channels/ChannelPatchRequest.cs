using System.Text.Json;
using Kitty.Abstractions.Channels;
using Kitty.Api.Json;

namespace Kitty.Api.Channels;

/// <summary>The body of <c>PATCH /v1/channels/{id}</c> (ChannelPropertiesPatch, a JSON merge-patch).</summary>
public sealed record ChannelPatchRequest(string? DisplayName, JsonElement? Properties)
{
    internal static ChannelPatch Parse(JsonElement body) =>
        new(body.OptionalString("displayName"), body.OptionalObjectJson("properties"));
}
