namespace Kitty.Functions.Modules;

/// <summary>
/// The host side of <c>require</c>: CommonJS resolution over the runtime's installed packages only. Requests resolve to
/// module paths (<see cref="ModulePath"/>) that <see cref="Read"/> accepts; Node built-ins, absolute paths, escapes
/// from the folder and symbolic links are refused with a <see cref="ModuleNotAvailableException"/>.
/// </summary>
public sealed class ModuleResolver
{
    public const int MaxRequestLength = 1024;

    private readonly RuntimePackages _packages;
    private readonly ModuleFiles? _files;

    public ModuleResolver(RuntimePackages packages, long maxModuleBytes)
    {
        _packages = packages;
        _files = packages.Folder is null ? null : new ModuleFiles(packages.Folder, maxModuleBytes);
    }

    /// <summary>The module path <paramref name="request"/> names when required from <paramref name="parent"/> (null: the function).</summary>
    public string Resolve(string request, string? parent)
    {
        if (string.IsNullOrEmpty(request) || request.Length > MaxRequestLength || request.Contains('\\') || request.Contains('\0'))
        {
            throw new ModuleNotAvailableException($"'{request}' is not a module name.");
        }

        if (NodeBuiltins.IsBuiltin(request))
        {
            throw new ModuleNotAvailableException($"'{request}' is not available in chat functions.");
        }

        if (request.StartsWith('/'))
        {
            throw new ModuleNotAvailableException($"Cannot require '{request}': absolute paths are not allowed.");
        }

        return IsRelative(request) ? ResolveRelative(request, parent) : ResolvePackage(request, parent);
    }

    /// <summary>The source of a module path returned by <see cref="Resolve"/>.</summary>
    public string Read(string path) => Files(path).ReadText(path);

    private string ResolveRelative(string request, string? parent)
    {
        if (parent is null)
        {
            throw new ModuleNotAvailableException(
                $"Cannot require '{request}': a function can only require the runtime's installed packages.");
        }

        var path = ModulePath.Combine(ModulePath.Directory(parent), request);
        return LoadAsFile(path) ?? LoadAsDirectory(path) ?? throw NotFound(request);
    }

    private string ResolvePackage(string request, string? parent)
    {
        var (name, subpath) = Split(request);
        if (_packages.ListedOnly.Contains(name))
        {
            throw new ModuleNotAvailableException(
                $"'{name}' is one of the runtime's default dependencies, which Kitty lists but does not install: it needs Node built-ins that chat functions do not have.");
        }

        var files = Files(request);
        foreach (var folder in ModulePath.NodeModulesFolders(parent))
        {
            var directory = folder + "/" + name;
            if (!files.DirectoryExists(directory)) continue;
            return ResolveInPackage(files, directory, name, subpath) ?? throw NotFound(request);
        }

        throw new ModuleNotAvailableException($"Cannot find module '{request}': it is not a dependency of this runtime.");
    }

    private string? ResolveInPackage(ModuleFiles files, string directory, string name, string subpath)
    {
        var manifestPath = directory + "/package.json";
        var manifest = files.FileExists(manifestPath) ? PackageManifest.Parse(files.ReadText(manifestPath), manifestPath) : null;
        if (manifest is { HasExports: true })
        {
            var target = manifest.Export(subpath.Length == 0 ? "." : "./" + subpath)
                ?? throw new ModuleNotAvailableException($"'{(subpath.Length == 0 ? "." : "./" + subpath)}' is not exported by '{name}'.");
            var exported = ModulePath.Combine(directory, target);
            if (!exported.StartsWith(directory + "/", StringComparison.Ordinal))
            {
                throw new ModuleNotAvailableException($"'{name}' exports a file outside its own folder.");
            }

            return LoadAsFile(exported);
        }

        var path = subpath.Length == 0 ? directory : ModulePath.Combine(directory, subpath);
        return subpath.Length == 0 ? LoadAsDirectory(path) : LoadAsFile(path) ?? LoadAsDirectory(path);
    }

    private string? LoadAsFile(string path)
    {
        var files = Files(path);
        return new[] { path, path + ".js", path + ".json" }.FirstOrDefault(files.FileExists);
    }

    private string? LoadAsDirectory(string path)
    {
        var files = Files(path);
        if (!files.DirectoryExists(path)) return null;
        var manifestPath = path + "/package.json";
        if (files.FileExists(manifestPath) && PackageManifest.Parse(files.ReadText(manifestPath), manifestPath).Main is { Length: > 0 } main)
        {
            var mainPath = ModulePath.Combine(path, main);
            if ((LoadAsFile(mainPath) ?? LoadIndex(mainPath)) is { } found) return found;
        }

        return LoadIndex(path);
    }

    private string? LoadIndex(string path)
    {
        var files = Files(path);
        return new[] { path + "/index.js", path + "/index.json" }.FirstOrDefault(files.FileExists);
    }

    private ModuleFiles Files(string request) => _files ?? throw new ModuleNotAvailableException(_packages.InstallFailure is { } failure
        ? $"Cannot find module '{request}': the runtime's dependencies are not installed on this server ({failure})"
        : $"Cannot find module '{request}': this runtime has no installed dependencies.");

    private static (string Name, string Subpath) Split(string request)
    {
        var parts = request.Split('/');
        var nameParts = request.StartsWith('@') ? 2 : 1;
        if (parts.Length < nameParts || parts.Take(nameParts).Any(p => p.Length == 0 || p is "." or ".."))
        {
            throw new ModuleNotAvailableException($"'{request}' is not a module name.");
        }

        return (string.Join('/', parts.Take(nameParts)), string.Join('/', parts.Skip(nameParts)));
    }

    private static bool IsRelative(string request) =>
        request is "." or ".." || request.StartsWith("./", StringComparison.Ordinal) || request.StartsWith("../", StringComparison.Ordinal);

    private static ModuleNotAvailableException NotFound(string request) => new($"Cannot find module '{request}'.");
}
