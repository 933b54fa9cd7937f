namespace Kitty.Functions.Packages;

/// <summary>A runtime's dependencies could not be installed; the message is safe to show the application's developer.</summary>
public sealed class PackageInstallException(PackageInstallFailure failure, string message) : Exception(message)
{
    public PackageInstallFailure Failure { get; } = failure;

    /// <summary>True when the dependencies themselves are wrong rather than this node's npm.</summary>
    public bool IsBadInput => Failure is PackageInstallFailure.InvalidVersion
        or PackageInstallFailure.PackageNotFound or PackageInstallFailure.VersionNotFound;
}
