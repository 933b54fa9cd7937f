namespace Kitty.Functions;

public enum FunctionFailureKind
{
    /// <summary>The script did not compile, threw, rejected, or did not define <c>handleEvent</c>.</summary>
    ScriptError,
    /// <summary>The invocation ran past its wall-clock timeout and was interrupted.</summary>
    Timeout,
    /// <summary>The script's heap grew past the soft limit and was interrupted.</summary>
    MemoryLimit,
    /// <summary>The caller cancelled the invocation.</summary>
    Cancelled,
}
