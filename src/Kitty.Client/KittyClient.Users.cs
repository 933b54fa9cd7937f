using Kitty.Client.Models;
using Kitty.Client.Requests;

namespace Kitty.Client;

public sealed partial class KittyClient
{
    /// <summary>Fetches the current user.</summary>
    /// <param name="cancellationToken">Cancels the call.</param>
    public async Task<CurrentUser> RetrieveCurrentUserAsync(CancellationToken cancellationToken = default) =>
        CurrentUser = await InvokeAsync<CurrentUser>("RetrieveCurrentUser", cancellationToken);

    /// <summary>Changes the current user's display name and/or properties; other devices get <c>user.self.updated</c>.</summary>
    /// <param name="update">What to change.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    public async Task<CurrentUser> UpdateCurrentUserAsync(CurrentUserUpdate update, CancellationToken cancellationToken = default) =>
        CurrentUser = await InvokeAsync<CurrentUser>("UpdateCurrentUser", cancellationToken, update);

    /// <summary>Sets the current user's presence status (<c>AVAILABLE</c>, <c>UNAVAILABLE</c>, <c>DO_NOT_DISTURB</c>, <c>INVISIBLE</c>).</summary>
    /// <param name="status">The new status.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    public async Task<CurrentUser> UpdatePresenceAsync(string status, CancellationToken cancellationToken = default) =>
        CurrentUser = await InvokeAsync<CurrentUser>("UpdatePresence", cancellationToken, new { status });

    /// <summary>Sets the current user's display picture to an external file.</summary>
    /// <param name="file">The picture.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    public async Task<CurrentUser> UpdateCurrentUserDisplayPictureAsync(FileReference file, CancellationToken cancellationToken = default) =>
        CurrentUser = await InvokeAsync<CurrentUser>("UpdateCurrentUserDisplayPicture", cancellationToken, file);

    /// <summary>Lists the application's users.</summary>
    /// <param name="filter">Narrows the listing.</param>
    /// <param name="page">Which page (cursors are page numbers).</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    public Task<Page<User>> ListUsersAsync(UserFilter? filter = null, PageRequest? page = null, CancellationToken cancellationToken = default) =>
        InvokeAsync<Page<User>>("ListUsers", cancellationToken, new { filter, page });

    /// <summary>Fetches a user.</summary>
    /// <param name="userId">The user's id.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    public Task<User> RetrieveUserAsync(long userId, CancellationToken cancellationToken = default) =>
        InvokeAsync<User>("RetrieveUser", cancellationToken, userId);
}
