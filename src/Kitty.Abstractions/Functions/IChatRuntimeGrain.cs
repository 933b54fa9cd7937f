namespace Kitty.Abstractions.Functions;

/// <summary>An application's NodeJS runtime. Keyed by application id; every change bumps the runtime version.</summary>
[Alias("kitty.runtime")]
public interface IChatRuntimeGrain : IGrainWithIntegerKey
{
    /// <summary>The runtime, with the default dependencies first.</summary>
    /// <remarks>Interleaves: every invocation reads the runtime, and must not wait behind an npm install.</remarks>
    [ReadOnly, AlwaysInterleave, Alias("get")]
    Task<ChatRuntime> Get();

    /// <summary>
    /// Replaces the user-defined dependencies (entries naming a default dependency are ignored), installing them with
    /// npm first: a package or version npm cannot install refuses the change, which then changes nothing.
    /// </summary>
    [Alias("update-dependencies"), ResponseTimeout("00:02:30")]
    Task<ChatRuntime> UpdateDependencies(IReadOnlyList<ChatRuntimeDependency> dependencies);

    /// <summary>Replaces the user-defined environment variables (platform <c>CHATKITTY_*</c> names are ignored).</summary>
    [Alias("update-environment-variables")]
    Task<ChatRuntime> UpdateEnvironmentVariables(IReadOnlyDictionary<string, string> variables);

    /// <summary>Replaces the initialization script (null or empty removes it).</summary>
    [Alias("update-initialization-script")]
    Task<ChatRuntime> UpdateInitializationScript(string? script);
}
