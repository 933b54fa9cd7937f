namespace Kitty.Functions;

/// <summary>The outcome of an invocation: the JSON of the awaited return value, or a failure; logs either way.</summary>
/// <param name="ResultJson">JSON of what <c>handleEvent</c> resolved to (<c>null</c> for undefined); null on failure.</param>
/// <param name="Failure">Why the invocation failed; null on success.</param>
/// <param name="Logs">Captured <c>console</c> output, at most the configured count.</param>
/// <param name="DroppedLogCount">Console calls past the configured count.</param>
/// <param name="Duration">Wall-clock time of the invocation.</param>
public sealed record FunctionResult(
    string? ResultJson,
    FunctionFailure? Failure,
    IReadOnlyList<FunctionLogEntry> Logs,
    int DroppedLogCount,
    TimeSpan Duration)
{
    public bool Succeeded => Failure is null;
}
