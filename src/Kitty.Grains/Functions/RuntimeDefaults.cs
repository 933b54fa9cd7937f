using Kitty.Abstractions.Functions;

namespace Kitty.Grains.Functions;

/// <summary>What the platform provides every runtime: preinstalled packages and reserved variable names.</summary>
public static class RuntimeDefaults
{
    /// <summary>The prefix of the environment variables the platform injects (CHATKITTY_CLIENT_ID and the like).</summary>
    public const string PlatformVariablePrefix = "CHATKITTY_";

    /// <summary>
    /// The packages ChatKitty preinstalls. Kitty lists them, so runtimes read back as ChatKitty's do, but does not
    /// install them: they are built on Node built-ins (http, https, stream) that chat functions do not have, so
    /// requiring one fails with an error saying so. Functions call outside services with fetch instead.
    /// </summary>
    public static IReadOnlyList<ChatRuntimeDependency> Dependencies { get; } =
    [
        new("axios", "^1.6.0", true),
        new("axios-token-interceptor", "^0.2.0", true),
        new("chatkitty-platform-sdk", "^2.4.0", true),
        new("qs", "^6.11.0", true),
    ];

    public static bool IsDefault(string name) => Dependencies.Any(d => d.Name == name);

    public static bool IsPlatformVariable(string name) => name.StartsWith(PlatformVariablePrefix, StringComparison.Ordinal);
}
