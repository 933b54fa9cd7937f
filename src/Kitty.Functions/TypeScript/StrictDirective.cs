namespace Kitty.Functions.TypeScript;

/// <summary>
/// tsc 7 can no longer turn <c>alwaysStrict</c> off, so it writes <c>"use strict";</c> into every file. A module is
/// strict anyway, but a plain script would change meaning (assignments to undeclared globals, <c>with</c>, <c>this</c>
/// in plain functions): the directive tsc added to a script is taken out again, so JavaScript runs as it did before
/// handler scripts were compiled. A directive the author wrote stays.
/// </summary>
internal static class StrictDirective
{
    private const string Added = "\"use strict\";";
    private const string ModuleMarker = "Object.defineProperty(exports, \"__esModule\"";

    public static string RemoveFromScript(string source, string javaScript)
    {
        if (StartsWithDirective(source)) return javaScript;

        // tsc puts the directive first, or right after a #! line.
        var start = javaScript.StartsWith("#!", StringComparison.Ordinal) ? LineEnd(javaScript, 0) : 0;
        var end = LineEnd(javaScript, start);
        if (javaScript.AsSpan(start, end - start).TrimEnd() is not Added) return javaScript;
        if (javaScript.AsSpan(end).StartsWith(ModuleMarker, StringComparison.Ordinal)) return javaScript;
        return string.Concat(javaScript.AsSpan(0, start), javaScript.AsSpan(end));
    }

    private static bool StartsWithDirective(string source)
    {
        var text = source.TrimStart('\uFEFF');
        if (text.StartsWith("#!", StringComparison.Ordinal)) text = text[LineEnd(text, 0)..];
        text = text.TrimStart();
        return text.StartsWith("'use strict'", StringComparison.Ordinal) || text.StartsWith("\"use strict\"", StringComparison.Ordinal);
    }

    /// <summary>The index just past the line break of the line starting at <paramref name="start"/>.</summary>
    private static int LineEnd(string text, int start)
    {
        var newline = text.IndexOf('\n', start);
        return newline < 0 ? text.Length : newline + 1;
    }
}
