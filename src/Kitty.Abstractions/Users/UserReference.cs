namespace Kitty.Abstractions.Users;

/// <summary>Names a user by id or by user name (exactly one of them is set).</summary>
[GenerateSerializer, Immutable, Alias("kitty.user-reference")]
public sealed record UserReference([property: Id(0)] long? Id, [property: Id(1)] string? Username)
{
    /// <summary>A reference by id.</summary>
    public static UserReference ById(long id) => new(id, null);

    /// <summary>A reference by user name.</summary>
    public static UserReference ByName(string username) => new(null, username);

    /// <inheritdoc />
    public override string ToString() => Id is { } id ? $"user {id}" : $"user '{Username}'";
}
