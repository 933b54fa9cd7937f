using Kitty.Functions.Packages;
using Microsoft.Extensions.Options;

namespace Kitty.Grains.Options;

/// <summary>Validates where and how runtime dependencies are installed (<c>Kitty:Runtimes</c>) at start-up.</summary>
public sealed class RuntimePackagesOptionsValidator : IValidateOptions<RuntimePackagesOptions>
{
    public const string Section = "Kitty:Runtimes";

    public ValidateOptionsResult Validate(string? name, RuntimePackagesOptions options)
    {
        try
        {
            options.Validate();
            return ValidateOptionsResult.Success;
        }
        catch (ArgumentOutOfRangeException e)
        {
            return ValidateOptionsResult.Fail($"{Section}: {e.Message}");
        }
    }
}
