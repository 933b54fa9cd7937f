namespace Kitty.Api.Functions;

/// <summary>The body of <c>POST /v1/runtimes/nodejs/functions</c> (CreateChatFunctionResource), for the API reference.</summary>
public sealed record CreateChatFunctionRequest(string Type, string Name, bool InitializeAsynchronously, string? Description);
