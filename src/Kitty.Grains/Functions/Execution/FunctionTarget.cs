using Kitty.Abstractions.Functions;

namespace Kitty.Grains.Functions.Execution;

/// <summary>What an invocation of a trigger needs before it runs: the function's current version and the runtime half.</summary>
/// <param name="Version">The current version of the function handling the trigger.</param>
/// <param name="Runtime">The runtime settings, with the version's fields still empty.</param>
[GenerateSerializer, Immutable, Alias("kitty.function-target")]
public sealed record FunctionTarget([property: Id(0)] ChatFunctionVersion Version, [property: Id(1)] FunctionRun Runtime);
