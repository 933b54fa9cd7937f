using Kitty.Functions.TypeScript;
using Microsoft.Extensions.Options;

namespace Kitty.Grains.Options;

/// <summary>Validates the TypeScript compiler settings bound from <c>Kitty:TypeScript</c> at start-up.</summary>
public sealed class TypeScriptCompilerOptionsValidator : IValidateOptions<TypeScriptCompilerOptions>
{
    public const string Section = "Kitty:TypeScript";

    public ValidateOptionsResult Validate(string? name, TypeScriptCompilerOptions options)
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
