using Kitty.Abstractions.Functions;
using Kitty.Functions.Modules;
using Kitty.Functions.Packages;

namespace Kitty.Grains.Functions;

/// <summary>A runtime's dependencies as npm installs them and as <c>require</c> sees them.</summary>
internal static class RuntimeDependencies
{
    private static readonly IReadOnlySet<string> ListedOnly = RuntimeDefaults.Dependencies.Select(d => d.Name).ToHashSet(StringComparer.Ordinal);

    /// <summary>The user-defined dependencies, the only ones installed (see <see cref="RuntimeDefaults.Dependencies"/>).</summary>
    public static IReadOnlyList<RuntimePackage> ToInstall(IEnumerable<ChatRuntimeDependency> dependencies) =>
        [.. dependencies.Where(d => !d.DefaultDependency).Select(d => new RuntimePackage(d.Name, d.Version))];

    public static RuntimePackages Installed(string? folder) => new(folder, ListedOnly);

    public static RuntimePackages NotInstalled(PackageInstallException failure) => new(null, ListedOnly, failure.Message);

    /// <summary>A bad package or version is the caller's mistake (ValidationError); npm missing or failing is not.</summary>
    public static KittyException Refusal(PackageInstallException failure) =>
        new(failure.IsBadInput ? KittyError.ValidationError : KittyError.InvalidOperationError, failure.Message);
}
