namespace Kitty.Functions.TypeScript;

/// <summary>Turns a TypeScript (or plain JavaScript) handler script into the JavaScript the sandbox runs.</summary>
public interface ITypeScriptCompiler
{
    /// <summary>
    /// Strips the types of <paramref name="source"/> without type checking it; syntax errors come back as
    /// <see cref="TypeScriptCompilation.Errors"/>. Throws <see cref="TypeScriptCompilerException"/> when the
    /// compiler itself cannot run.
    /// </summary>
    Task<TypeScriptCompilation> CompileAsync(string source, CancellationToken cancellationToken = default);
}
