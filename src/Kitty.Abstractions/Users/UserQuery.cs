namespace Kitty.Abstractions.Users;

/// <summary>Filters of a user listing; null filters match every user.</summary>
[GenerateSerializer, Immutable, Alias("kitty.user-query")]
public sealed record UserQuery(
    [property: Id(0)] string? Name = null,
    [property: Id(1)] string? PropertiesJson = null);
