namespace Kitty.Api.Functions;

/// <summary>The runtime a function runs in (ChatFunctionChatRuntimeProperties).</summary>
public sealed record ChatFunctionRuntimeResource(long Id, string Type, string Version);
