using System.Text.Json;

namespace Kitty.Functions.Modules;

/// <summary>
/// The parts of a package.json that CommonJS resolution reads: <c>main</c>, and <c>exports</c> as a string, a map of
/// subpaths, or conditions, of which only <c>require</c> and <c>default</c> apply (there is no Node here, and no ESM).
/// </summary>
internal sealed class PackageManifest
{
    private static readonly string[] Conditions = ["require", "default"];

    private readonly JsonElement? _exports;

    private PackageManifest(string? main, JsonElement? exports)
    {
        Main = main;
        _exports = exports;
    }

    public string? Main { get; }

    public bool HasExports => _exports is not null;

    public static PackageManifest Parse(string json, string path)
    {
        try
        {
            using var document = JsonDocument.Parse(json);
            var root = document.RootElement;
            var main = root.TryGetProperty("main", out var m) && m.ValueKind == JsonValueKind.String ? m.GetString() : null;
            JsonElement? exports = root.TryGetProperty("exports", out var e) && e.ValueKind != JsonValueKind.Null ? e.Clone() : null;
            return new PackageManifest(main, exports);
        }
        catch (JsonException)
        {
            throw new ModuleNotAvailableException($"'{path}' is not valid JSON.");
        }
    }

    /// <summary>The exported target of a subpath (<c>.</c> or <c>./sub</c>), or null when the package does not export it.</summary>
    public string? Export(string subpath)
    {
        if (_exports is not { } exports) return null;
        if (exports.ValueKind == JsonValueKind.Object && exports.EnumerateObject().Any(p => p.Name.StartsWith('.')))
        {
            return exports.TryGetProperty(subpath, out var target) ? Target(target) : null;
        }

        return subpath == "." ? Target(exports) : null;
    }

    private static string? Target(JsonElement target) => target.ValueKind switch
    {
        JsonValueKind.String => target.GetString(),
        JsonValueKind.Object => Conditions.Select(c => target.TryGetProperty(c, out var t) ? Target(t) : null).FirstOrDefault(t => t is not null),
        JsonValueKind.Array => target.EnumerateArray().Select(Target).FirstOrDefault(t => t is not null),
        _ => null,
    };
}
