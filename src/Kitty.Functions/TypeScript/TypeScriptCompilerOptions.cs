namespace Kitty.Functions.TypeScript;

/// <summary>Where the native TypeScript compiler is and how much of the machine it may take.</summary>
public sealed class TypeScriptCompilerOptions
{
    /// <summary>The build copies the compiler of Microsoft.TypeScript.MSBuild to <c>typescript/</c> beside the assemblies.</summary>
    public string CompilerPath { get; set; } =
        Path.Combine(AppContext.BaseDirectory, "typescript", OperatingSystem.IsWindows() ? "tsc.exe" : "tsc");

    /// <summary>Wall-clock limit of one compilation; the compiler process is killed after it.</summary>
    public TimeSpan Timeout { get; set; } = TimeSpan.FromSeconds(30);

    /// <summary>Compiler processes running at once; deploys beyond it wait their turn.</summary>
    public int MaxConcurrentCompilations { get; set; } = Math.Max(1, Environment.ProcessorCount / 2);

    public void Validate()
    {
        if (string.IsNullOrWhiteSpace(CompilerPath))
        {
            throw new ArgumentOutOfRangeException(nameof(CompilerPath), "The compiler path must not be blank.");
        }

        if (Timeout <= TimeSpan.Zero || MaxConcurrentCompilations <= 0)
        {
            throw new ArgumentOutOfRangeException(nameof(TypeScriptCompilerOptions), "The timeout and concurrency must be positive.");
        }
    }
}
