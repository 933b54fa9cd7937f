namespace Kitty.Abstractions.Functions;

/// <summary>
/// An application's NodeJS runtime. <see cref="Version"/> changes with every change, so pooled engines
/// know to reload. <see cref="EnvironmentVariables"/> are the user-defined ones; the platform's own
/// (<c>CHATKITTY_*</c>) are added where the runtime is shown or run.
/// </summary>
[GenerateSerializer, Immutable, Alias("kitty.runtime-model")]
public sealed record ChatRuntime(
    [property: Id(0)] long Id,
    [property: Id(1)] string Type,
    [property: Id(2)] string Version,
    [property: Id(3)] IReadOnlyList<ChatRuntimeDependency> Dependencies,
    [property: Id(4)] IReadOnlyDictionary<string, string> EnvironmentVariables,
    [property: Id(5)] string? InitializationScript,
    [property: Id(6)] string? CompiledInitializationScript = null)
{
    /// <summary>
    /// The JavaScript to run before each function: the initialization script as compiled when it was saved, or as
    /// written when it was saved before initialization scripts were compiled (it was JavaScript then).
    /// </summary>
    public string? RunnableInitializationScript => CompiledInitializationScript ?? InitializationScript;

    /// <summary>The only runtime type.</summary>
    public const string NodeJs = "NODEJS";

    /// <summary>The reference a function carries.</summary>
    public ChatFunctionRuntime Reference => new(Id, Type, Version);
}
