namespace Kitty.Abstractions.Users;

/// <summary>
/// A merge-patch of a user's profile: null fields stay as they are. <see cref="PropertiesPatchJson"/> is a
/// JSON merge-patch (RFC 7386) applied to the user's properties.
/// </summary>
[GenerateSerializer, Immutable, Alias("kitty.user-patch")]
public sealed record UserPatch(
    [property: Id(0)] string? DisplayName,
    [property: Id(1)] bool? IsGuest,
    [property: Id(2)] string? PresenceStatus,
    [property: Id(3)] string? PropertiesPatchJson);
