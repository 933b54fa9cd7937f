using System.Globalization;
using System.Text.RegularExpressions;

namespace Kitty.Functions.TypeScript;

/// <summary>Reads tsc's <c>--pretty false</c> output: <c>handler.ts(2,13): error TS1109: Expression expected.</c></summary>
internal static partial class TscDiagnostics
{
    public static IReadOnlyList<TypeScriptDiagnostic> Parse(string output, string sourceFile) =>
        [.. Diagnostic().Matches(output)
            .Where(m => m.Groups["file"].Value == sourceFile)
            .Select(m => new TypeScriptDiagnostic(
                int.Parse(m.Groups["line"].Value, CultureInfo.InvariantCulture),
                int.Parse(m.Groups["column"].Value, CultureInfo.InvariantCulture),
                m.Groups["code"].Value,
                m.Groups["message"].Value.Trim()))];

    [GeneratedRegex(@"^(?<file>[^\r\n(]+)\((?<line>\d+),(?<column>\d+)\): error (?<code>TS\d+): (?<message>.*)$", RegexOptions.Multiline)]
    private static partial Regex Diagnostic();
}
