namespace Kitty.Abstractions.Users;

/// <summary>Creates a user in an application. The user name must be free.</summary>
[GenerateSerializer, Immutable, Alias("kitty.create-user")]
public sealed record CreateUser(
    [property: Id(0)] long ApplicationId,
    [property: Id(1)] string Name,
    [property: Id(2)] string DisplayName,
    [property: Id(3)] bool IsGuest,
    [property: Id(4)] string PropertiesJson,
    [property: Id(5)] UserType Type = UserType.PERSON);
