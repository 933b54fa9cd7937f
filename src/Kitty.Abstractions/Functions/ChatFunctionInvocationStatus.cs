namespace Kitty.Abstractions.Functions;

/// <summary>Where an invocation is.</summary>
public enum ChatFunctionInvocationStatus
{
    /// <summary>Started, not finished.</summary>
    RUNNING,

    /// <summary>The handler returned a result.</summary>
    SUCCEEDED,

    /// <summary>The handler threw, timed out or could not run.</summary>
    FAILED,
}
