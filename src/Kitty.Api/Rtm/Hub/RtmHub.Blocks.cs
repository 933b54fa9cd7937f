using Kitty.Abstractions.Users;
using Kitty.Api.Rtm.Rendering;

namespace Kitty.Api.Rtm.Hub;

/// <summary>
/// Blocking (client-sdk.md §8): a blocked user's messages leave the blocker's listings (⚠ ours: listings only; live
/// events still arrive) and they cannot open a direct channel with the blocker.
/// </summary>
internal sealed partial class RtmHub
{
    /// <summary><c>BlockUser(userId)</c> → the blocked user.</summary>
    public async Task<object?> BlockUser(object? userId)
    {
        var blocked = await grains.GetGrain<IUserGrain>(Me).Block(App, HubArgs.Id(userId, "userId"));
        return RenderUser(blocked.User);
    }

    /// <summary><c>UnblockUser(userId)</c> → the user.</summary>
    public async Task<object?> UnblockUser(object? userId) =>
        RenderUser(await grains.GetGrain<IUserGrain>(Me).Unblock(App, HubArgs.Id(userId, "userId")));

    /// <summary><c>ListBlockedUsers(page?)</c> → <c>{ user, createdTime }</c> records, most recent first.</summary>
    public async Task<object?> ListBlockedUsers(object? page)
    {
        var blocked = await grains.GetGrain<IUserGrain>(Me).ListBlocked(App, OptionalPage(page).Offset());
        return PageArgs.ToHubPage(blocked, b => ReadStateTrees.BlockedUser(b, Links));
    }
}
