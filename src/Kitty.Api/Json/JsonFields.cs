using System.Text.Json;
using Kitty.Abstractions.Errors;
using Kitty.Abstractions.Users;

namespace Kitty.Api.Json;

/// <summary>
/// Typed access to the fields of a request object, each failure a ValidationError that names the field.
/// A JSON <c>null</c> counts as absent.
/// </summary>
internal static class JsonFields
{
    public static bool Has(this JsonElement body, string name) =>
        body.TryGetProperty(name, out var value) && value.ValueKind != JsonValueKind.Null;

    public static string RequiredString(this JsonElement body, string name, bool allowEmpty = false) =>
        body.OptionalString(name, allowEmpty) ?? throw Missing(name);

    public static string? OptionalString(this JsonElement body, string name, bool allowEmpty = false)
    {
        if (!body.TryGetProperty(name, out var value) || value.ValueKind == JsonValueKind.Null)
        {
            return null;
        }

        if (value.ValueKind != JsonValueKind.String)
        {
            throw KittyException.Invalid($"'{name}' must be a string");
        }

        var text = value.GetString()!;
        return allowEmpty || !string.IsNullOrWhiteSpace(text)
            ? text
            : throw KittyException.Invalid($"'{name}' must not be blank");
    }

    public static bool RequiredBool(this JsonElement body, string name) => body.OptionalBool(name) ?? throw Missing(name);

    public static bool? OptionalBool(this JsonElement body, string name)
    {
        if (!body.TryGetProperty(name, out var value) || value.ValueKind == JsonValueKind.Null)
        {
            return null;
        }

        return value.ValueKind switch
        {
            JsonValueKind.True => true,
            JsonValueKind.False => false,
            _ => throw KittyException.Invalid($"'{name}' must be a boolean"),
        };
    }

    public static long RequiredLong(this JsonElement body, string name, long minimum = long.MinValue)
    {
        if (!body.TryGetProperty(name, out var value) || value.ValueKind == JsonValueKind.Null)
        {
            throw Missing(name);
        }

        if (value.ValueKind != JsonValueKind.Number || !value.TryGetInt64(out var number))
        {
            throw KittyException.Invalid($"'{name}' must be an integer");
        }

        return number >= minimum ? number : throw KittyException.Invalid($"'{name}' must be at least {minimum}");
    }

    public static JsonElement RequiredObject(this JsonElement body, string name) =>
        body.OptionalObject(name) ?? throw Missing(name);

    public static JsonElement? OptionalObject(this JsonElement body, string name)
    {
        if (!body.TryGetProperty(name, out var value) || value.ValueKind == JsonValueKind.Null)
        {
            return null;
        }

        return value.ValueKind == JsonValueKind.Object ? value : throw KittyException.Invalid($"'{name}' must be a JSON object");
    }

    /// <summary>The raw JSON text of an optional object field (e.g. <c>properties</c>), or null.</summary>
    public static string? OptionalObjectJson(this JsonElement body, string name) => body.OptionalObject(name)?.GetRawText();

    /// <summary>An enum field; only the exact documented names are accepted (never numbers).</summary>
    public static T RequiredEnum<T>(this JsonElement body, string name) where T : struct, Enum =>
        body.OptionalEnum<T>(name) ?? throw Missing(name);

    public static T? OptionalEnum<T>(this JsonElement body, string name) where T : struct, Enum
    {
        var text = body.OptionalString(name, allowEmpty: true);
        return text is null ? null : ParseEnum<T>(text, name);
    }

    public static T ParseEnum<T>(string text, string name) where T : struct, Enum =>
        Enum.GetNames<T>().Contains(text, StringComparer.Ordinal)
            ? Enum.Parse<T>(text)
            : throw KittyException.Invalid($"'{name}' must be one of {string.Join(", ", Enum.GetNames<T>())}, not '{text}'");

    /// <summary>A user reference: an object with an integer <c>id</c> or a string <c>username</c>.</summary>
    public static UserReference UserReference(JsonElement value, string name)
    {
        if (value.ValueKind != JsonValueKind.Object)
        {
            throw KittyException.Invalid($"'{name}' must be a user reference: {{\"id\": number}} or {{\"username\": string}}");
        }

        var hasId = value.Has("id");
        var hasName = value.Has("username");
        return (hasId, hasName) switch
        {
            (true, false) => Abstractions.Users.UserReference.ById(value.RequiredLong("id")),
            (false, true) => Abstractions.Users.UserReference.ByName(value.RequiredString("username")),
            _ => throw KittyException.Invalid($"'{name}' must name a user by exactly one of 'id' or 'username'"),
        };
    }

    public static UserReference RequiredUserReference(this JsonElement body, string name) =>
        body.OptionalUserReference(name) ?? throw Missing(name);

    public static UserReference? OptionalUserReference(this JsonElement body, string name) =>
        body.TryGetProperty(name, out var value) && value.ValueKind != JsonValueKind.Null ? UserReference(value, name) : null;

    private static KittyException Missing(string name) => KittyException.Invalid($"'{name}' is required");
}
