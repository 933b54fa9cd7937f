namespace Kitty.Api.Hal;

/// <summary>Where an offset page sits in its collection.</summary>
public sealed record PageMetadata(long Size, long TotalElements, long TotalPages, long Number);
