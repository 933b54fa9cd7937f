using Kitty.Client.Models;
using Kitty.Client.Requests;

namespace Kitty.Client;

public sealed partial class KittyClient
{
    /// <summary>
    /// Blocks a user: their messages leave the current user's listings and they cannot open a direct channel
    /// with the current user. (Live events from them still arrive.)
    /// </summary>
    /// <param name="userId">The user to block.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>The blocked user.</returns>
    public Task<User> BlockUserAsync(long userId, CancellationToken cancellationToken = default) =>
        InvokeAsync<User>("BlockUser", cancellationToken, userId);

    /// <summary>Unblocks a user.</summary>
    /// <param name="userId">The blocked user.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>The user.</returns>
    public Task<User> UnblockUserAsync(long userId, CancellationToken cancellationToken = default) =>
        InvokeAsync<User>("UnblockUser", cancellationToken, userId);

    /// <summary>Lists the users the current user blocked, most recent first.</summary>
    /// <param name="page">Which page (cursors are page numbers).</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    public Task<Page<BlockedUser>> ListBlockedUsersAsync(PageRequest? page = null, CancellationToken cancellationToken = default) =>
        InvokeAsync<Page<BlockedUser>>("ListBlockedUsers", cancellationToken, page);
}
