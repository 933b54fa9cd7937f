using Kitty.Functions;

namespace Kitty.Grains.Functions.Execution;

/// <summary>How a run ended, in the form the invocation record keeps, and which node ran it.</summary>
/// <param name="ResultJson">JSON of the handler's return value; null on failure.</param>
/// <param name="FailureKind">Why it failed (a <see cref="FunctionFailureKind"/> name); null on success.</param>
/// <param name="FailureMessage">The failure, as the function's author should read it; null on success.</param>
/// <param name="PayloadJson">The record's result: <c>{ "payload": value }</c>, or null on failure.</param>
/// <param name="LogsJson">The record's logs: console output, then the failure and any dropped-entry count.</param>
/// <param name="Duration">Wall-clock time of the run.</param>
/// <param name="Node">The silo that ran it.</param>
[GenerateSerializer, Immutable, Alias("kitty.function-run-result")]
public sealed record FunctionRunResult(
    [property: Id(0)] string? ResultJson,
    [property: Id(1)] string? FailureKind,
    [property: Id(2)] string? FailureMessage,
    [property: Id(3)] string? PayloadJson,
    [property: Id(4)] string LogsJson,
    [property: Id(5)] TimeSpan Duration,
    [property: Id(6)] string Node)
{
    public bool Succeeded => FailureKind is null;

    public static FunctionRunResult From(FunctionResult result, string node) => new(
        result.ResultJson,
        result.Failure?.Kind.ToString(),
        result.Failure?.Message,
        InvocationLogs.Payload(result),
        InvocationLogs.Format(result),
        result.Duration,
        node);

    /// <summary>The run never reached a function host (no node of the functions role answered).</summary>
    public static FunctionRunResult Unreachable(string reason, TimeSpan duration) => new(
        null, "Unavailable", reason, null, InvocationLogs.Error("Unavailable", reason), duration, "");
}
