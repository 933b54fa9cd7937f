using System.Text.Json;
using System.Text.Json.Nodes;
using Kitty.Api.Json;

namespace Kitty.Api.Rtm.Rendering;

/// <summary>
/// Turns rendered JSON into plain object trees (<c>Dictionary&lt;string, object?&gt;</c>, <c>List&lt;object?&gt;</c>,
/// strings, longs, doubles, booleans) so that the JSON and MessagePack hub protocols send the same shape.
/// </summary>
internal static class PlainTree
{
    /// <summary>Serializes a value with the API's JSON settings and converts the result.</summary>
    public static object? From<T>(T value) => FromElement(JsonSerializer.SerializeToElement(value, KittyJson.Options));

    public static Dictionary<string, object?> Object<T>(T value) =>
        From(value) as Dictionary<string, object?> ?? throw new InvalidOperationException("Not a JSON object.");

    public static object? FromNode(JsonNode? node) => node switch
    {
        null => null,
        JsonObject obj => obj.ToDictionary(p => p.Key, p => FromNode(p.Value)),
        JsonArray array => array.Select(FromNode).ToList(),
        JsonValue value => FromValue(value),
        _ => null,
    };

    public static object? FromElement(JsonElement element) => element.ValueKind switch
    {
        JsonValueKind.Object => element.EnumerateObject().ToDictionary(p => p.Name, p => FromElement(p.Value)),
        JsonValueKind.Array => element.EnumerateArray().Select(FromElement).ToList(),
        JsonValueKind.String => element.GetString(),
        JsonValueKind.Number => element.TryGetInt64(out var integer) ? (object)integer : element.GetDouble(),
        JsonValueKind.True => true,
        JsonValueKind.False => false,
        _ => null,
    };

    private static object? FromValue(JsonValue value)
    {
        if (value.TryGetValue<JsonElement>(out var element))
        {
            return FromElement(element);
        }

        return value.GetValueKind() switch
        {
            JsonValueKind.String => value.GetValue<object>().ToString(),
            JsonValueKind.Number => value.TryGetValue<long>(out var integer) ? (object)integer
                : value.TryGetValue<int>(out var small) ? (long)small
                : Convert.ToDouble(value.GetValue<object>(), System.Globalization.CultureInfo.InvariantCulture),
            JsonValueKind.True => true,
            JsonValueKind.False => false,
            _ => null,
        };
    }
}
