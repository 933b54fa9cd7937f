namespace Kitty.Client.Requests;

/// <summary>Names a user by id or by username.</summary>
/// <param name="Id">The user's id.</param>
/// <param name="Username">The user's unique name.</param>
public sealed record UserRef(long? Id = null, string? Username = null)
{
    /// <summary>A reference by id.</summary>
    /// <param name="id">The user's id.</param>
    public static UserRef ById(long id) => new(Id: id);

    /// <summary>A reference by username.</summary>
    /// <param name="username">The user's unique name.</param>
    public static UserRef ByUsername(string username) => new(Username: username);
}
