namespace Kitty.Functions.TypeScript;

/// <summary>One syntax error of a handler script, at a 1-based line and column.</summary>
public sealed record TypeScriptDiagnostic(int Line, int Column, string Code, string Message)
{
    public override string ToString() => $"line {Line}, column {Column}: {Message} ({Code})";
}
