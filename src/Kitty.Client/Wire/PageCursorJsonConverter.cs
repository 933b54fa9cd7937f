using System.Globalization;
using System.Text.Json;
using System.Text.Json.Serialization;
using Kitty.Client.Models;

namespace Kitty.Client.Wire;

/// <summary>Reads a cursor from a JSON number or string; writes numeric cursors as numbers.</summary>
internal sealed class PageCursorJsonConverter : JsonConverter<PageCursor>
{
    public override PageCursor Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options) =>
        reader.TokenType switch
        {
            JsonTokenType.Number => new PageCursor(reader.GetInt64().ToString(CultureInfo.InvariantCulture)),
            JsonTokenType.String => new PageCursor(reader.GetString()!),
            _ => throw new JsonException($"A page cursor is a number or a string, not {reader.TokenType}."),
        };

    public override void Write(Utf8JsonWriter writer, PageCursor value, JsonSerializerOptions options)
    {
        if (value.AsNumber is { } number) writer.WriteNumberValue(number);
        else writer.WriteStringValue(value.Value);
    }
}
