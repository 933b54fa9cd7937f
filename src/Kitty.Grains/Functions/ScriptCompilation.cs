using Kitty.Functions.TypeScript;

namespace Kitty.Grains.Functions;

/// <summary>Compiles a script once, when it is saved, so invocations only ever run JavaScript.</summary>
internal static class ScriptCompilation
{
    private const int ErrorsShown = 3;

    /// <summary>The script's JavaScript; a syntax error is a ValidationError naming the field, line and column.</summary>
    public static async Task<string> Compile(ITypeScriptCompiler compiler, string script, string field)
    {
        var compilation = await compiler.CompileAsync(script);
        if (compilation.JavaScript is { } javaScript) return javaScript;

        var errors = string.Join("; ", compilation.Errors.Take(ErrorsShown));
        var more = compilation.Errors.Count > ErrorsShown ? $" and {compilation.Errors.Count - ErrorsShown} more" : "";
        throw KittyException.Invalid($"'{field}' has a syntax error at {errors}{more}");
    }
}
