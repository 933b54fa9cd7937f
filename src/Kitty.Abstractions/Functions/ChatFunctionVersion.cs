namespace Kitty.Abstractions.Functions;

/// <summary>One deployed handler script of a function; numbers count up from 1.</summary>
[GenerateSerializer, Immutable, Alias("kitty.function-version")]
public sealed record ChatFunctionVersion(
    [property: Id(0)] long Id,
    [property: Id(1)] long ApplicationId,
    [property: Id(2)] long FunctionId,
    [property: Id(3)] int VersionNumber,
    [property: Id(4)] string HandlerScript,
    [property: Id(5)] DateTimeOffset CreatedTime);
