namespace Kitty.Functions.Modules;

/// <summary>
/// The runtime folder seen through module paths. Every lookup walks the path from the folder down and refuses
/// symbolic links, so neither <c>..</c> nor a link can reach a file outside it.
/// </summary>
internal sealed class ModuleFiles(string folder, long maxModuleBytes)
{
    private readonly string _root = Path.GetFullPath(folder);

    public bool FileExists(string path) => Lookup(path) is FileInfo { Exists: true };

    public bool DirectoryExists(string path) => Lookup(path) is DirectoryInfo { Exists: true };

    public string ReadText(string path)
    {
        if (Lookup(path) is not FileInfo { Exists: true } file)
        {
            throw new ModuleNotAvailableException($"Cannot find module '{path}'.");
        }

        if (file.Length > maxModuleBytes)
        {
            throw new ModuleNotAvailableException($"'{path}' is larger than the {maxModuleBytes} bytes a module may have.");
        }

        return File.ReadAllText(file.FullName);
    }

    private FileSystemInfo? Lookup(string path)
    {
        var current = _root;
        FileSystemInfo? info = null;
        foreach (var segment in ModulePath.Normalize(path).Split('/', StringSplitOptions.RemoveEmptyEntries))
        {
            if (info is FileInfo) return null;
            current = Path.Combine(current, segment);
            info = System.IO.Directory.Exists(current) ? new DirectoryInfo(current) : new FileInfo(current);
            if (info.LinkTarget is not null)
            {
                throw new ModuleNotAvailableException($"'{path}' is a symbolic link; links are not followed.");
            }

            if (!info.Exists) return null;
        }

        return info ?? new DirectoryInfo(_root);
    }
}
