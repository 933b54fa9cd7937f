using System.Security.Cryptography;
using System.Text;
using System.Text.RegularExpressions;

namespace Kitty.Functions.Packages;

/// <summary>
/// Where a runtime's packages live: <c>{root}/{applicationId}/{dependency set}</c>. The folder is named after a hash of
/// the dependency list rather than the runtime version, so saving environment variables or the initialization script
/// (which bump the version too) reuses the installed folder instead of installing the same packages again.
/// </summary>
public static partial class RuntimeFolder
{
    public static string Of(string root, string applicationId, IEnumerable<RuntimePackage> packages)
    {
        if (!SafeName().IsMatch(applicationId))
        {
            throw new ArgumentException($"'{applicationId}' is not a valid application id.", nameof(applicationId));
        }

        return Path.Combine(root, applicationId, Fingerprint(packages));
    }

    private static string Fingerprint(IEnumerable<RuntimePackage> packages)
    {
        var canonical = string.Join('\n', packages.Select(p => $"{p.Name}@{p.Version}").Order(StringComparer.Ordinal));
        return Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(canonical)))[..16];
    }

    [GeneratedRegex("^[A-Za-z0-9_-]{1,64}$")]
    private static partial Regex SafeName();
}
