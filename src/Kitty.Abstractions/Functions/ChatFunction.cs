namespace Kitty.Abstractions.Functions;

/// <summary>A chat function: the handler of one trigger (<see cref="Type"/>, see <see cref="ChatFunctionTriggers"/>).</summary>
[GenerateSerializer, Immutable, Alias("kitty.function-model")]
public sealed record ChatFunction(
    [property: Id(0)] long Id,
    [property: Id(1)] long ApplicationId,
    [property: Id(2)] string Type,
    [property: Id(3)] string Name,
    [property: Id(4)] string? Description,
    [property: Id(5)] bool Enabled,
    [property: Id(6)] int CurrentVersionNumber,
    [property: Id(7)] ChatFunctionRuntime Runtime,
    [property: Id(8)] DateTimeOffset CreatedTime);
