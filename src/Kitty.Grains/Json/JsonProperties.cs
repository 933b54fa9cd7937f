using System.Text.Json;
using System.Text.Json.Nodes;

namespace Kitty.Grains.Json;

/// <summary>Custom properties of users, channels and messages: JSON objects kept as text.</summary>
public static class JsonProperties
{
    public const string Empty = "{}";

    /// <summary>The most custom data one entity carries (realtime-protocol.md §4).</summary>
    public const int MaxBytes = 16 * 1024;

    /// <summary>The text of a JSON object, or a ValidationError naming <paramref name="field"/>.</summary>
    public static string Normalize(string? json, string field = "properties")
    {
        if (string.IsNullOrWhiteSpace(json)) return Empty;
        try
        {
            return JsonNode.Parse(json) is JsonObject obj
                ? Bounded(obj.ToJsonString(), field)
                : throw KittyException.Invalid($"'{field}' must be a JSON object.");
        }
        catch (JsonException)
        {
            throw KittyException.Invalid($"'{field}' is not valid JSON.");
        }
    }

    /// <summary>
    /// Applies a JSON merge-patch (RFC 7386) to an object: keys set to null are removed, nested objects
    /// are merged, anything else replaces.
    /// </summary>
    public static string MergePatch(string targetJson, string? patchJson)
    {
        if (patchJson is null) return targetJson;
        var target = JsonNode.Parse(targetJson) as JsonObject ?? [];
        JsonNode? patch;
        try
        {
            patch = JsonNode.Parse(patchJson);
        }
        catch (JsonException)
        {
            throw KittyException.Invalid("'properties' is not valid JSON.");
        }

        if (patch is not JsonObject patchObject)
            throw KittyException.Invalid("'properties' must be a JSON object.");
        Merge(target, patchObject);
        return Bounded(target.ToJsonString(), "properties");
    }

    private static string Bounded(string json, string field) =>
        System.Text.Encoding.UTF8.GetByteCount(json) <= MaxBytes
            ? json
            : throw KittyException.Invalid($"'{field}' is larger than {MaxBytes / 1024} KiB of JSON.");

    private static void Merge(JsonObject target, JsonObject patch)
    {
        foreach (var (key, value) in patch.ToList())
        {
            if (value is null)
            {
                target.Remove(key);
            }
            else if (value is JsonObject nested && target[key] is JsonObject existing)
            {
                Merge(existing, nested);
            }
            else
            {
                target[key] = value.DeepClone();
            }
        }
    }
}
