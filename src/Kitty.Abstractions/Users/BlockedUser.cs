namespace Kitty.Abstractions.Users;

/// <summary>A user the current user blocked, since <see cref="CreatedTime"/> (UserBlockedRecord).</summary>
[GenerateSerializer, Immutable, Alias("kitty.blocked-user")]
public sealed record BlockedUser(
    [property: Id(0)] ChatUser User,
    [property: Id(1)] DateTimeOffset CreatedTime);
