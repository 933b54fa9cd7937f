namespace Kitty.Abstractions.Functions;

/// <summary>The runtime a function runs in, as the function shows it.</summary>
[GenerateSerializer, Immutable, Alias("kitty.function-runtime")]
public sealed record ChatFunctionRuntime(
    [property: Id(0)] long Id,
    [property: Id(1)] string Type,
    [property: Id(2)] string Version);
