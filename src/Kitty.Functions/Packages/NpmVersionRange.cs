using System.Text.RegularExpressions;

namespace Kitty.Functions.Packages;

/// <summary>
/// The version specs a runtime may ask npm for: semver ranges and dist-tags from the registry. URLs, git, GitHub
/// shorthands, <c>file:</c>/<c>link:</c> and <c>npm:</c> aliases are refused: they would let a tenant pull code from
/// anywhere or copy (and link) folders of the host into its runtime.
/// </summary>
public static partial class NpmVersionRange
{
    public const int MaxLength = 256;

    public static bool IsRegistryRange(string? version) => version is not null && RegistryRange().IsMatch(version);

    [GeneratedRegex(@"^(?=.*\S)[0-9A-Za-z.+\-^~<>=|* ]{1,256}$")]
    private static partial Regex RegistryRange();
}
