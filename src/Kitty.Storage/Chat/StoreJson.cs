using System.Text.Json;
using System.Text.Json.Serialization;

namespace Kitty.Storage.Chat;

/// <summary>How the JSON columns (file, mentions, links) are written: camelCase, enums by name.</summary>
internal static class StoreJson
{
    private static readonly JsonSerializerOptions Options = new(JsonSerializerDefaults.Web)
    {
        Converters = { new JsonStringEnumConverter() },
    };

    public static string Write<T>(T value) => JsonSerializer.Serialize(value, Options);

    public static T Read<T>(string json) => JsonSerializer.Deserialize<T>(json, Options)!;

    /// <summary>Stored properties are always a JSON object text; blank means none.</summary>
    public static string Properties(string? json) => string.IsNullOrWhiteSpace(json) ? "{}" : json;
}
