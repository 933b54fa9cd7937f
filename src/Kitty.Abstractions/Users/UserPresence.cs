namespace Kitty.Abstractions.Users;

/// <summary>What others see of a user's presence: a status and whether the user is online.</summary>
[GenerateSerializer, Immutable, Alias("kitty.user-presence")]
public sealed record UserPresence([property: Id(0)] string Status, [property: Id(1)] bool Online)
{
    /// <summary>A user with no live session.</summary>
    public static UserPresence Offline { get; } = new(PresenceStatus.Unavailable, false);
}
