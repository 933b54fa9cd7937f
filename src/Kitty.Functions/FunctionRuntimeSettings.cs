using Kitty.Functions.Modules;

namespace Kitty.Functions;

/// <summary>The application's chat runtime as one version: what every function of it runs with.</summary>
/// <param name="ApplicationId">Engines are never shared between applications.</param>
/// <param name="RuntimeVersionId">Immutable id of this runtime version; engines are pooled per application and version.</param>
/// <param name="InitializationScript">Run in the function's global scope before the function's script, or null.</param>
/// <param name="EnvironmentVariables">Seen by scripts as <c>process.env</c>.</param>
public sealed record FunctionRuntimeSettings(
    string ApplicationId,
    string RuntimeVersionId,
    string? InitializationScript,
    IReadOnlyDictionary<string, string> EnvironmentVariables)
{
    /// <summary>What <c>require</c> loads: the runtime version's installed npm packages (none unless set).</summary>
    public RuntimePackages Packages { get; init; } = RuntimePackages.None;
}
