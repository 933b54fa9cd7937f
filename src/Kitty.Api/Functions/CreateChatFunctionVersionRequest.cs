namespace Kitty.Api.Functions;

/// <summary>The body of <c>POST /v1/functions/{id}/versions</c> (CreateChatFunctionVersionResource), for the API reference.</summary>
public sealed record CreateChatFunctionVersionRequest(string HandlerScript);
