namespace Kitty.Functions.Modules;

/// <summary>What <c>require</c> may load for a runtime version.</summary>
/// <param name="Folder">The folder npm installed the runtime's dependencies into, or null when it has none.</param>
/// <param name="ListedOnly">Packages the runtime lists but Kitty does not install (ChatKitty's defaults).</param>
/// <param name="InstallFailure">Why this node could not install the dependencies, or null.</param>
public sealed record RuntimePackages(string? Folder, IReadOnlySet<string> ListedOnly, string? InstallFailure = null)
{
    public static RuntimePackages None { get; } = new(null, new HashSet<string>());
}
