namespace Kitty.Api.Functions;

/// <summary>A script (ChatRuntimeScriptProperties); also the initialization-script PUT body.</summary>
public sealed record ChatRuntimeScriptResource(string Script);
