namespace Kitty.Abstractions.Channels;

/// <summary>A merge-patch of a channel: null fields stay; properties are JSON merge-patched.</summary>
[GenerateSerializer, Immutable, Alias("kitty.channel-patch")]
public sealed record ChannelPatch(
    [property: Id(0)] string? DisplayName,
    [property: Id(1)] string? PropertiesPatchJson);
