using Kitty.Abstractions.Users;

namespace Kitty.Abstractions.Channels;

/// <summary>
/// Creates a channel. <see cref="Creator"/> is absent when the application itself creates it. Direct
/// channels need members; group channels get a random name when none is given.
/// </summary>
[GenerateSerializer, Immutable, Alias("kitty.create-channel")]
public sealed record CreateChannel(
    [property: Id(0)] long ApplicationId,
    [property: Id(1)] ChannelType Type,
    [property: Id(2)] string? Name,
    [property: Id(3)] string? DisplayName,
    [property: Id(4)] UserReference? Creator,
    [property: Id(5)] IReadOnlyList<UserReference> Members,
    [property: Id(6)] string PropertiesJson);
