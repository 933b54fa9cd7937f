namespace Kitty.Functions.Sandbox;

internal static class SandboxScripts
{
    public static readonly string Prelude = Load("prelude.js");

    /// <summary>Evaluates to <c>(host) =&gt; require</c>.</summary>
    public static readonly string Require = Load("require.js");

    /// <summary>Evaluates to <c>(host) =&gt; fetch</c>.</summary>
    public static readonly string Fetch = Load("fetch.js");

    private static string Load(string name)
    {
        using var stream = typeof(SandboxScripts).Assembly.GetManifestResourceStream($"Kitty.Functions.Scripts.{name}")
            ?? throw new InvalidOperationException($"Missing embedded script {name}.");
        using var reader = new StreamReader(stream);
        return reader.ReadToEnd();
    }
}
