namespace Kitty.Functions.Sandbox;

internal static class SandboxScripts
{
    public static readonly string Prelude = Load("prelude.js");

    private static string Load(string name)
    {
        using var stream = typeof(SandboxScripts).Assembly.GetManifestResourceStream($"Kitty.Functions.Scripts.{name}")
            ?? throw new InvalidOperationException($"Missing embedded script {name}.");
        using var reader = new StreamReader(stream);
        return reader.ReadToEnd();
    }
}
