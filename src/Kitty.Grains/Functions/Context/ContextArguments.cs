using System.Globalization;
using System.Text.Json;
using Kitty.Abstractions.Paging;
using Kitty.Abstractions.Users;

namespace Kitty.Grains.Functions.Context;

/// <summary>The positional arguments of a context API call (a JSON array), read as the platform SDK passes them.</summary>
internal sealed class ContextArguments(JsonElement array)
{
    public JsonElement? At(int index) =>
        array.ValueKind == JsonValueKind.Array && index < array.GetArrayLength()
        && array[index].ValueKind is not (JsonValueKind.Null or JsonValueKind.Undefined)
            ? array[index]
            : null;

    public long Id(int index) => At(index) switch
    {
        { ValueKind: JsonValueKind.Number } n when n.TryGetInt64(out var id) => id,
        { ValueKind: JsonValueKind.String } s when long.TryParse(s.GetString(), CultureInfo.InvariantCulture, out var id) => id,
        _ => throw KittyException.Invalid($"Argument {index + 1} must be an id."),
    };

    public string String(int index) => String(At(index))
        ?? throw KittyException.Invalid($"Argument {index + 1} must be a string.");

    public string? OptionalString(int index) => String(At(index));

    public int? Int(int index) => At(index) is { ValueKind: JsonValueKind.Number } n && n.TryGetInt32(out var value) ? value : null;

    public JsonElement Object(int index) => At(index) is { ValueKind: JsonValueKind.Object } o
        ? o
        : throw KittyException.Invalid($"Argument {index + 1} must be an object.");

    /// <summary>Offset paging from <c>(page, size)</c> arguments at <paramref name="index"/>.</summary>
    public PageRequest Page(int index) =>
        new(Math.Max(0, Int(index) ?? 0), Math.Clamp(Int(index + 1) ?? PageRequest.DefaultSize, 1, PageRequest.MaxSize), []);

    /// <summary>Spring sort keys (<c>property</c> or <c>property,asc|desc</c>), one string or an array of them.</summary>
    public IReadOnlyList<SortOrder> Sort(int index) => At(index) switch
    {
        null => [],
        { ValueKind: JsonValueKind.String } one => [SortKey(one.GetString()!)],
        { ValueKind: JsonValueKind.Array } many => [.. many.EnumerateArray().Select(k => SortKey(String(k)
            ?? throw KittyException.Invalid($"Argument {index + 1} must hold sort keys.")))],
        _ => throw KittyException.Invalid($"Argument {index + 1} must be a sort key or an array of them."),
    };

    private static SortOrder SortKey(string key) => key.Split(',', StringSplitOptions.TrimEntries) switch
    {
        [var property] => new SortOrder(property, false),
        [var property, var direction] when direction.Equals("asc", StringComparison.OrdinalIgnoreCase) => new SortOrder(property, false),
        [var property, var direction] when direction.Equals("desc", StringComparison.OrdinalIgnoreCase) => new SortOrder(property, true),
        _ => throw KittyException.Invalid($"Bad sort '{key}'; use 'property' or 'property,asc|desc'."),
    };

    public static string? String(JsonElement? value) => value?.ValueKind switch
    {
        JsonValueKind.String => value.Value.GetString(),
        JsonValueKind.Number => value.Value.GetRawText(),
        _ => null,
    };

    public static string? Property(JsonElement obj, string name) =>
        obj.TryGetProperty(name, out var value) ? String(value) : null;

    public static string PropertiesJson(JsonElement obj, string name = "properties") =>
        obj.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.Object ? value.GetRawText() : "{}";

    /// <summary>A user reference <c>{ id }</c> or <c>{ username }</c>.</summary>
    public static UserReference UserReference(JsonElement obj)
    {
        if (obj.TryGetProperty("id", out var id) && String(id) is { } text && long.TryParse(text, CultureInfo.InvariantCulture, out var value))
            return Abstractions.Users.UserReference.ById(value);
        return Property(obj, "username") is { } username
            ? Abstractions.Users.UserReference.ByName(username)
            : throw KittyException.Invalid("A user reference needs an 'id' or a 'username'.");
    }
}
