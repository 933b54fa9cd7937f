using System.Text.RegularExpressions;

namespace Kitty.Functions.Packages;

/// <summary>
/// Turns npm's error output into a message for the application's developer. Only the npm error code and the
/// package named by it are passed on: the rest of the output names host paths.
/// </summary>
internal static partial class NpmFailures
{
    public static PackageInstallException Classify(string output, IReadOnlyCollection<RuntimePackage> packages)
    {
        var code = ErrorCode().Match(output) is { Success: true } match ? match.Groups[1].Value : "unknown";
        return code switch
        {
            "E404" => new PackageInstallException(PackageInstallFailure.PackageNotFound, Named(output, packages) is { } name
                ? $"Package '{name}' does not exist in the npm registry."
                : "A package does not exist in the npm registry."),
            "ETARGET" => new PackageInstallException(PackageInstallFailure.VersionNotFound, NoMatchingVersion().Match(output) is { Success: true } target
                ? $"No version of '{target.Groups[1].Value}' matches '{target.Groups[2].Value}'."
                : "No version of a dependency matches its range."),
            "EINVALIDTAGNAME" or "EINVALIDPACKAGENAME" => new PackageInstallException(PackageInstallFailure.InvalidVersion,
                "A dependency's version is neither a version range nor a tag."),
            _ => new PackageInstallException(PackageInstallFailure.NpmFailed, $"npm could not install the dependencies (npm error {code})."),
        };
    }

    // npm prints the registry URL of the missing package; scoped names are URL-encoded there.
    private static string? Named(string output, IReadOnlyCollection<RuntimePackage> packages) => packages
        .Select(p => p.Name)
        .FirstOrDefault(name => output.Contains($"/{name.Replace("/", "%2f", StringComparison.Ordinal)} ", StringComparison.OrdinalIgnoreCase)
            || output.Contains($"'{name}@", StringComparison.Ordinal));

    [GeneratedRegex(@"npm (?:error|ERR!) code (\S+)")]
    private static partial Regex ErrorCode();

    [GeneratedRegex(@"No matching version found for (.+)@([^@\s]+?)\.?\s*$", RegexOptions.Multiline)]
    private static partial Regex NoMatchingVersion();
}
