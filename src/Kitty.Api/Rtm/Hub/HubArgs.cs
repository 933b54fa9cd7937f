using System.Collections;
using System.Text.Json;
using Kitty.Abstractions.Errors;
using Kitty.Api.Json;

namespace Kitty.Api.Rtm.Hub;

/// <summary>
/// Hub arguments arrive as <see cref="JsonElement"/> (JSON protocol) or as MessagePack object trees; both are
/// read as JSON so that the API's request parsers apply and every bad argument is a ValidationError.
/// </summary>
internal static class HubArgs
{
    public static JsonElement Element(object? value) => value switch
    {
        JsonElement element => element,
        _ => JsonSerializer.SerializeToElement(Normalize(value)),
    };

    /// <summary>An argument that must be an object.</summary>
    public static JsonElement Object(object? value, string name)
    {
        var element = Element(value);
        return element.ValueKind == JsonValueKind.Object
            ? element
            : throw KittyException.Invalid($"'{name}' must be an object");
    }

    /// <summary>An optional object argument (null → an empty object).</summary>
    public static JsonElement OptionalObject(object? value, string name)
    {
        var element = Element(value);
        return element.ValueKind is JsonValueKind.Null or JsonValueKind.Undefined ? KittyJson.EmptyObject : Object(value, name);
    }

    /// <summary>An id argument: a 64-bit integer.</summary>
    public static long Id(object? value, string name)
    {
        var element = Element(value);
        return element.ValueKind == JsonValueKind.Number && element.TryGetInt64(out var id)
            ? id
            : throw KittyException.Invalid($"'{name}' must be an integer id");
    }

    /// <summary>An optional id argument.</summary>
    public static long? OptionalId(object? value, string name)
    {
        var element = Element(value);
        return element.ValueKind is JsonValueKind.Null or JsonValueKind.Undefined ? null : Id(value, name);
    }

    public static long? OptionalLong(this JsonElement body, string name) => body.Has(name) ? body.RequiredLong(name) : null;

    private static object? Normalize(object? value) => value switch
    {
        null or string or bool => value,
        byte[] bytes => Convert.ToBase64String(bytes),
        IDictionary dictionary => Entries(dictionary)
            .ToDictionary(e => Convert.ToString(e.Key, System.Globalization.CultureInfo.InvariantCulture) ?? string.Empty, e => Normalize(e.Value)),
        IEnumerable items => items.Cast<object?>().Select(Normalize).ToList(),
        _ => value,
    };

    private static IEnumerable<DictionaryEntry> Entries(IDictionary dictionary)
    {
        var entries = dictionary.GetEnumerator();
        while (entries.MoveNext())
        {
            yield return entries.Entry;
        }
    }
}
