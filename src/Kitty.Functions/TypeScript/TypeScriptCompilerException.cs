namespace Kitty.Functions.TypeScript;

/// <summary>The TypeScript compiler could not run (missing, timed out, or failed without a syntax error): a server fault.</summary>
public sealed class TypeScriptCompilerException(string message, Exception? innerException = null)
    : Exception(message, innerException);
