namespace Kitty.Functions.Modules;

/// <summary>
/// Module file names as scripts see them: '/'-separated paths under the runtime folder (<c>/node_modules/ms/index.js</c>),
/// so no host path reaches a script. Normalizing refuses any path that climbs above the folder.
/// </summary>
internal static class ModulePath
{
    public static string Directory(string path) => path[..Math.Max(path.LastIndexOf('/'), 0)] is { Length: > 0 } dir ? dir : "/";

    public static string Combine(string directory, string relative) => Normalize(directory.TrimEnd('/') + "/" + relative);

    public static string Normalize(string path)
    {
        var segments = new List<string>();
        foreach (var segment in path.Split('/'))
        {
            switch (segment)
            {
                case "" or ".":
                    break;
                case "..":
                    if (segments.Count == 0) throw new ModuleNotAvailableException($"'{path}' is outside the runtime's packages.");
                    segments.RemoveAt(segments.Count - 1);
                    break;
                default:
                    segments.Add(segment);
                    break;
            }
        }

        return "/" + string.Join('/', segments);
    }

    /// <summary>The node_modules folders a bare request from <paramref name="parent"/> looks in, nearest first.</summary>
    public static IEnumerable<string> NodeModulesFolders(string? parent)
    {
        var directory = parent is null ? "/" : Directory(parent);
        while (true)
        {
            if (!directory.EndsWith("/node_modules", StringComparison.Ordinal))
            {
                yield return directory.TrimEnd('/') + "/node_modules";
            }

            if (directory == "/") yield break;
            directory = Directory(directory);
        }
    }
}
