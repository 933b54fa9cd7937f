using Kitty.Abstractions.Notifications;
using Kitty.Abstractions.Paging;

namespace Kitty.Abstractions.Users;

/// <summary>
/// An application's users as a collection: creation (id and unique name), look-up by name and listing.
/// A stateless worker keyed by application id, so reads scale with the silo.
/// </summary>
[Alias("kitty.user-directory")]
public interface IUserDirectoryGrain : IGrainWithIntegerKey
{
    /// <summary>Creates a user; <c>DuplicateResourceError</c> when the name is taken.</summary>
    [Alias("create-user")]
    Task<ChatUser> CreateUser(CreateUser command);

    /// <summary>The id of the user with this name, or null.</summary>
    [ReadOnly, Alias("find-user-id")]
    Task<long?> FindUserId(string name);

    /// <summary>Resolves a reference to a user id of this application, or <c>ResourceNotFoundError</c>.</summary>
    [ReadOnly, Alias("resolve")]
    Task<long> Resolve(UserReference user);

    /// <summary>A page of users.</summary>
    [ReadOnly, Alias("list-users")]
    Task<Page<ChatUser>> ListUsers(UserQuery query, PageRequest page);

    /// <summary>A newest-first page of a user's notifications.</summary>
    [ReadOnly, Alias("list-notifications")]
    Task<CursorPage<Notification>> ListNotifications(long userId, CursorRequest cursor);
}
