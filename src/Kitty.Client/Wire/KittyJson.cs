using System.Text.Json;
using System.Text.Json.Serialization;

namespace Kitty.Client.Wire;

/// <summary>The JSON settings of the wire: camelCase, nulls left out, names read case-insensitively.</summary>
internal static class KittyJson
{
    public static JsonSerializerOptions Options { get; } = Create();

    public static JsonSerializerOptions Create() => new(JsonSerializerDefaults.Web)
    {
        DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
    };

    /// <summary>Reads a value from a JSON element (null for JSON null or an absent element).</summary>
    public static T? Read<T>(JsonElement element) =>
        element.ValueKind is JsonValueKind.Undefined or JsonValueKind.Null ? default : element.Deserialize<T>(Options);

    /// <summary>The JSON form of a value.</summary>
    public static JsonElement ToElement<T>(T value) => JsonSerializer.SerializeToElement(value, Options);

    /// <summary>An empty JSON object, the default of free-form properties.</summary>
    public static JsonElement EmptyObject { get; } = JsonDocument.Parse("{}").RootElement.Clone();
}
