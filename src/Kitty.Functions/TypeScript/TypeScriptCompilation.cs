namespace Kitty.Functions.TypeScript;

/// <summary>The JavaScript of a handler script, or the syntax errors that kept it from compiling.</summary>
public sealed record TypeScriptCompilation(string? JavaScript, IReadOnlyList<TypeScriptDiagnostic> Errors)
{
    public bool Succeeded => JavaScript is not null;

    public static TypeScriptCompilation Compiled(string javaScript) => new(javaScript, []);

    public static TypeScriptCompilation Failed(IReadOnlyList<TypeScriptDiagnostic> errors) => new(null, errors);
}
