using Kitty.Functions;
using Microsoft.Extensions.Options;

namespace Kitty.Grains.Options;

/// <summary>Validates the sandbox limits bound from <c>Kitty:Functions</c> at start-up.</summary>
public sealed class FunctionRunnerOptionsValidator : IValidateOptions<FunctionRunnerOptions>
{
    public const string Section = "Kitty:Functions";

    public ValidateOptionsResult Validate(string? name, FunctionRunnerOptions options)
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
