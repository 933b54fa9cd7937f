using System.Collections.Concurrent;
using System.Text.Json;

namespace Kitty.Functions.Packages;

/// <summary>
/// Installs a runtime's npm dependencies into its own folder (see <see cref="RuntimeFolder"/>). npm runs in a staging
/// folder that is renamed into place only when it succeeded, so a folder that exists is complete and a failed install
/// leaves nothing behind. One install at a time per folder; installs of different folders run side by side.
/// Shortcut: folders of earlier dependency sets are never removed (an engine of an older runtime version may still
/// read from one); they are small, and pruning them is left for later.
/// </summary>
public sealed class NpmInstaller
{
    // No install scripts: a tenant's packages must not run code on the host.
    private static readonly string[] InstallArguments = ["install", "--ignore-scripts", "--no-audit", "--no-fund", "--omit=dev", "--loglevel=error"];

    private readonly RuntimePackagesOptions _options;
    private readonly string _root;
    private readonly ConcurrentDictionary<string, SemaphoreSlim> _gates = new(StringComparer.Ordinal);

    public NpmInstaller(RuntimePackagesOptions options)
    {
        options.Validate();
        _options = options;
        _root = Path.GetFullPath(options.Directory!);
    }

    /// <summary>
    /// The folder holding the packages, installing them first unless this node has them already; null when there are
    /// none. Throws <see cref="PackageInstallException"/> when npm cannot install them.
    /// </summary>
    public async Task<string?> EnsureInstalledAsync(
        string applicationId, IReadOnlyCollection<RuntimePackage> packages, CancellationToken cancellationToken = default)
    {
        if (packages.Count == 0) return null;
        if (packages.FirstOrDefault(p => !NpmVersionRange.IsRegistryRange(p.Version)) is { } bad)
        {
            throw new PackageInstallException(PackageInstallFailure.InvalidVersion,
                $"The version of '{bad.Name}' must be a version range or tag of the npm registry.");
        }

        var folder = RuntimeFolder.Of(_root, applicationId, packages);
        if (Directory.Exists(folder)) return folder;

        var gate = _gates.GetOrAdd(folder, _ => new SemaphoreSlim(1, 1));
        await gate.WaitAsync(cancellationToken);
        try
        {
            if (!Directory.Exists(folder)) await InstallAsync(folder, packages, cancellationToken);
            return folder;
        }
        finally
        {
            gate.Release();
        }
    }

    private async Task InstallAsync(string folder, IReadOnlyCollection<RuntimePackage> packages, CancellationToken cancellationToken)
    {
        var staging = Path.Combine(Path.GetDirectoryName(folder)!, $".staging-{Guid.NewGuid():N}");
        Directory.CreateDirectory(staging);
        try
        {
            await File.WriteAllTextAsync(Path.Combine(staging, "package.json"), Manifest(packages), cancellationToken);
            // npm refuses to load one file as both user and global configuration.
            var userConfig = Path.Combine(staging, "user.npmrc");
            var globalConfig = Path.Combine(staging, "global.npmrc");
            await File.WriteAllTextAsync(userConfig, "", cancellationToken);
            await File.WriteAllTextAsync(globalConfig, "", cancellationToken);
            var (exitCode, output) = await NpmProcess.RunAsync(
                _options.NpmCommand, InstallArguments, staging, _options.InstallTimeout, cancellationToken,
                new Dictionary<string, string>
                {
                    ["npm_config_userconfig"] = userConfig,
                    ["npm_config_globalconfig"] = globalConfig,
                    ["npm_config_registry"] = _options.Registry.ToString(),
                });
            if (exitCode != 0) throw NpmFailures.Classify(output, packages);
            Directory.Move(staging, folder);
        }
        finally
        {
            if (Directory.Exists(staging)) Directory.Delete(staging, recursive: true);
        }
    }

    private static string Manifest(IEnumerable<RuntimePackage> packages) => JsonSerializer.Serialize(new
    {
        name = "kitty-chat-runtime",
        @private = true,
        dependencies = packages.ToDictionary(p => p.Name, p => p.Version, StringComparer.Ordinal),
    });
}
