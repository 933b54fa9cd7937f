using System.Text.Json;
using Kitty.Api.Json;

namespace Kitty.Api.Channels;

/// <summary>The body of <c>POST /v1/channels/{id}/events</c> (CreateChannelGenericEventResource).</summary>
public sealed record ChannelEventRequest(string Type, JsonElement? Properties)
{
    internal static (string Type, string PropertiesJson) Parse(JsonElement body) =>
        (body.RequiredString("type"), body.OptionalObjectJson("properties") ?? "{}");
}
