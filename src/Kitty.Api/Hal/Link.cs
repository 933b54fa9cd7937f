namespace Kitty.Api.Hal;

/// <summary>A HAL link: where a related resource lives.</summary>
public sealed record Link(string Href);
