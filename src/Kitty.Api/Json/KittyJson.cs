using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Serialization;

namespace Kitty.Api.Json;

/// <summary>The serializer settings of every API response: camelCase, absent fields omitted, UTC times.</summary>
internal static class KittyJson
{
    public static JsonSerializerOptions Options { get; } = Create();

    /// <summary>An empty JSON object, for resources whose properties are missing.</summary>
    public static JsonElement EmptyObject { get; } = JsonDocument.Parse("{}").RootElement.Clone();

    /// <summary>Turns stored JSON text into a value written verbatim; bad or empty text becomes <c>{}</c>.</summary>
    public static JsonElement Raw(string? json)
    {
        if (string.IsNullOrWhiteSpace(json))
        {
            return EmptyObject;
        }

        try
        {
            using var document = JsonDocument.Parse(json);
            return document.RootElement.Clone();
        }
        catch (JsonException)
        {
            return EmptyObject;
        }
    }

    /// <summary>Turns stored JSON text of any kind of value into a value written verbatim; bad text becomes <c>null</c>.</summary>
    public static JsonElement RawValue(string? json)
    {
        try
        {
            using var document = JsonDocument.Parse(string.IsNullOrWhiteSpace(json) ? "null" : json);
            return document.RootElement.Clone();
        }
        catch (JsonException)
        {
            return Null;
        }
    }

    private static JsonElement Null { get; } = JsonDocument.Parse("null").RootElement.Clone();

    private static JsonSerializerOptions Create()
    {
        var options = new JsonSerializerOptions(JsonSerializerDefaults.Web)
        {
            DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
            // Bodies are served as JSON, never inlined in HTML: keep quotes and non-ASCII text readable.
            Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
        };
        options.Converters.Add(new UtcTimestampConverter());
        options.MakeReadOnly(populateMissingResolver: true);
        return options;
    }
}
