using System.Text.RegularExpressions;
using Kitty.Abstractions.Functions;
using Kitty.Functions.Packages;

namespace Kitty.Grains.Functions;

/// <summary>Validation of function and runtime input; each refusal a ValidationError naming the field.</summary>
internal static partial class FunctionLimits
{
    public const int MaxScriptLength = 256 * 1024;
    public const int MaxNameLength = 256;
    public const int MaxDescriptionLength = 1024;
    public const int MaxDependencies = 100;
    public const int MaxVariables = 100;
    public const int MaxVariableValueLength = 4096;

    public static void ValidateCreate(CreateChatFunction command)
    {
        if (!ChatFunctionTriggers.IsKnown(command.Type))
            throw KittyException.Invalid($"'type' must be one of {string.Join(", ", ChatFunctionTriggers.All)}, not '{command.Type}'");
        if (string.IsNullOrWhiteSpace(command.Name) || command.Name.Length > MaxNameLength)
            throw KittyException.Invalid($"'name' must be 1 to {MaxNameLength} characters");
        if (command.Description?.Length > MaxDescriptionLength)
            throw KittyException.Invalid($"'description' is at most {MaxDescriptionLength} characters");
    }

    public static void ValidateScript(string? script, string field)
    {
        if (string.IsNullOrWhiteSpace(script)) throw KittyException.Invalid($"'{field}' must not be blank");
        if (script.Length > MaxScriptLength) throw KittyException.Invalid($"'{field}' is at most {MaxScriptLength} characters");
    }

    public static void ValidateDependencies(IReadOnlyList<ChatRuntimeDependency> dependencies)
    {
        if (dependencies.Count > MaxDependencies) throw KittyException.Invalid($"At most {MaxDependencies} dependencies");
        foreach (var d in dependencies)
        {
            if (d.Name is null || !PackageName().IsMatch(d.Name)) throw KittyException.Invalid($"'{d.Name}' is not an npm package name");
            if (!NpmVersionRange.IsRegistryRange(d.Version))
                throw KittyException.Invalid($"'version' of '{d.Name}' must be a version range or tag of the npm registry");
        }
    }

    public static void ValidateVariables(IReadOnlyDictionary<string, string> variables)
    {
        if (variables.Count > MaxVariables) throw KittyException.Invalid($"At most {MaxVariables} environment variables");
        foreach (var (name, value) in variables)
        {
            if (!VariableName().IsMatch(name)) throw KittyException.Invalid($"'{name}' is not an environment variable name");
            if (value is null || value.Length > MaxVariableValueLength)
                throw KittyException.Invalid($"The value of '{name}' must be a string of at most {MaxVariableValueLength} characters");
        }
    }

    [GeneratedRegex("^(@[a-z0-9-~][a-z0-9-._~]*/)?[a-z0-9-~][a-z0-9-._~]{0,213}$")]
    private static partial Regex PackageName();

    [GeneratedRegex("^[A-Za-z_][A-Za-z0-9_]{0,255}$")]
    private static partial Regex VariableName();
}
