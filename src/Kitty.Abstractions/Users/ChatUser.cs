namespace Kitty.Abstractions.Users;

/// <summary>A user of an application as the APIs show it.</summary>
[GenerateSerializer, Immutable, Alias("kitty.chat-user")]
public sealed record ChatUser(
    [property: Id(0)] long Id,
    [property: Id(1)] long ApplicationId,
    [property: Id(2)] UserType Type,
    [property: Id(3)] string Name,
    [property: Id(4)] string DisplayName,
    [property: Id(5)] string? DisplayPictureUrl,
    [property: Id(6)] bool IsGuest,
    [property: Id(7)] UserPresence Presence,
    [property: Id(8)] string PropertiesJson,
    [property: Id(9)] DateTimeOffset CreatedTime);
