namespace Kitty.Abstractions.Functions;

/// <summary>One run of a function version: its arguments (the trigger event), result, status and logs.</summary>
[GenerateSerializer, Immutable, Alias("kitty.function-invocation")]
public sealed record ChatFunctionInvocation(
    [property: Id(0)] long Id,
    [property: Id(1)] long ApplicationId,
    [property: Id(2)] long FunctionId,
    [property: Id(3)] int VersionNumber,
    [property: Id(4)] string ArgsJson,
    [property: Id(5)] string? ResultJson,
    [property: Id(6)] ChatFunctionInvocationStatus Status,
    [property: Id(7)] string Logs,
    [property: Id(8)] DateTimeOffset CreatedTime,
    [property: Id(9)] TimeSpan? Duration);
