using Kitty.Abstractions.Functions;

namespace Kitty.Grains.Functions.Execution;

/// <summary>One invocation as the executor hands it to a function host, possibly on another node.</summary>
/// <param name="RuntimeVersionId">The chat runtime version; engines are pooled per application and version.</param>
/// <param name="InitializationScript">The runtime's initialization script, or null.</param>
/// <param name="EnvironmentVariables">What scripts see as <c>process.env</c>.</param>
/// <param name="FunctionVersionId">The function version; its script is evaluated once per engine under this id.</param>
/// <param name="Script">The version's JavaScript.</param>
/// <param name="EventJson">The trigger's event.</param>
/// <param name="GuardedChannelId">The channel a blocking send hook guards, whose calls the context refuses, or null.</param>
/// <param name="Dependencies">The runtime's npm dependencies, installed on the function node on first use.</param>
[GenerateSerializer, Immutable, Alias("kitty.function-run")]
public sealed record FunctionRun(
    [property: Id(0)] string RuntimeVersionId,
    [property: Id(1)] string? InitializationScript,
    [property: Id(2)] IReadOnlyDictionary<string, string> EnvironmentVariables,
    [property: Id(3)] string FunctionVersionId,
    [property: Id(4)] string Script,
    [property: Id(5)] string EventJson,
    [property: Id(6)] long? GuardedChannelId,
    [property: Id(7)] IReadOnlyList<ChatRuntimeDependency> Dependencies);
