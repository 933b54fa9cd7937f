namespace Kitty.Functions.Packages;

public enum PackageInstallFailure
{
    /// <summary>A dependency's version is not a registry version range (URLs, git and file specs are refused).</summary>
    InvalidVersion,
    /// <summary>The registry has no package of that name.</summary>
    PackageNotFound,
    /// <summary>The package exists but no version matches the range.</summary>
    VersionNotFound,
    /// <summary>npm is not installed on this node.</summary>
    NpmMissing,
    /// <summary>npm did not finish within the install timeout.</summary>
    TimedOut,
    /// <summary>npm failed for another reason (network, registry).</summary>
    NpmFailed,
}
