namespace Kitty.Functions.Packages;

/// <summary>An npm dependency of a chat runtime: a registry package name and a version range.</summary>
public sealed record RuntimePackage(string Name, string Version);
