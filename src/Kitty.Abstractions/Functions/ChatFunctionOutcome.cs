namespace Kitty.Abstractions.Functions;

/// <summary>How a trigger's function run ended.</summary>
/// <param name="Ran">False when no enabled, deployed function handles the trigger.</param>
/// <param name="Succeeded">The handler returned (its value is <paramref name="ResultJson"/>).</param>
/// <param name="ResultJson">JSON of the handler's return value (<c>null</c> for undefined); null on failure.</param>
/// <param name="Error">Why the run failed; null on success.</param>
/// <param name="InvocationId">The recorded invocation, or null when nothing ran.</param>
[GenerateSerializer, Immutable, Alias("kitty.function-outcome")]
public sealed record ChatFunctionOutcome(
    [property: Id(0)] bool Ran,
    [property: Id(1)] bool Succeeded,
    [property: Id(2)] string? ResultJson,
    [property: Id(3)] string? Error,
    [property: Id(4)] long? InvocationId)
{
    /// <summary>No function handles the trigger.</summary>
    public static ChatFunctionOutcome NoFunction { get; } = new(false, false, null, null, null);
}
