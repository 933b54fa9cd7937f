namespace Kitty.Abstractions.Functions;

/// <summary>An npm package the runtime installs; <see cref="DefaultDependency"/> ones are preinstalled by the platform.</summary>
[GenerateSerializer, Immutable, Alias("kitty.runtime-dependency")]
public sealed record ChatRuntimeDependency(
    [property: Id(0)] string Name,
    [property: Id(1)] string Version,
    [property: Id(2)] bool DefaultDependency);
