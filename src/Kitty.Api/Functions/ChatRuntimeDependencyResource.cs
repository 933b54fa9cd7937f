namespace Kitty.Api.Functions;

/// <summary>A runtime dependency (ChatRuntimeDependencyProperties); also an item of the dependencies PUT body.</summary>
public sealed record ChatRuntimeDependencyResource(string Name, string Version, bool DefaultDependency);
