namespace Kitty.Functions;

/// <summary>One call of a function version's <c>handleEvent(event, context)</c>.</summary>
/// <param name="Runtime">The chat runtime version the function runs with.</param>
/// <param name="FunctionVersionId">Immutable id of the function version; its compiled script is cached under it.</param>
/// <param name="Script">The version's JavaScript.</param>
/// <param name="EventJson">The event, as JSON.</param>
/// <param name="Context">The host side of the script's <c>context</c> APIs for this invocation.</param>
public sealed record FunctionInvocation(
    FunctionRuntimeSettings Runtime,
    string FunctionVersionId,
    string Script,
    string EventJson,
    IChatFunctionContext Context);
