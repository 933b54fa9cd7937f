namespace Kitty.Abstractions.Functions;

/// <summary>A request to create a chat function (CreateChatFunctionResource).</summary>
[GenerateSerializer, Immutable, Alias("kitty.create-function")]
public sealed record CreateChatFunction(
    [property: Id(0)] long ApplicationId,
    [property: Id(1)] string Type,
    [property: Id(2)] string Name,
    [property: Id(3)] string? Description,
    [property: Id(4)] bool InitializeAsynchronously);
