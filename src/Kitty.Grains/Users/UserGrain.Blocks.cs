using Kitty.Abstractions.Paging;
using Kitty.Abstractions.Users;

namespace Kitty.Grains.Users;

/// <summary>
/// The users this user blocked: grain state decides, the store's <c>user_blocks</c> rows are its projection, which
/// message listings and unread counts filter by.
/// </summary>
public sealed partial class UserGrain
{
    /// <summary>A user blocks at most this many others (the set lives in grain state).</summary>
    public const int MaxBlockedUsers = 1_000;

    public async Task<BlockedUser> Block(long applicationId, long userId)
    {
        EnsureVisibleTo(applicationId);
        if (userId == UserId) throw KittyException.Invalid("A user cannot block themselves.");
        var blocked = await GrainFactory.GetGrain<IUserGrain>(userId).Get(applicationId);
        if (!State.Blocked.TryGetValue(userId, out var since))
        {
            if (State.Blocked.Count >= MaxBlockedUsers)
                throw KittyException.Invalid($"A user blocks at most {MaxBlockedUsers} users.");
            since = time.GetUtcNow();
            State.Blocked[userId] = since;
            await user.WriteStateAsync();
            await store.AddUserBlock(applicationId, UserId, userId, since);
        }

        return new BlockedUser(blocked, since);
    }

    public async Task<ChatUser> Unblock(long applicationId, long userId)
    {
        EnsureVisibleTo(applicationId);
        if (State.Blocked.Remove(userId))
        {
            await user.WriteStateAsync();
            await store.RemoveUserBlock(applicationId, UserId, userId);
        }

        return await GrainFactory.GetGrain<IUserGrain>(userId).Get(applicationId);
    }

    public Task<bool> HasBlocked(long applicationId, long userId) =>
        Task.FromResult(State.Exists && State.ApplicationId == applicationId && State.Blocked.ContainsKey(userId));

    public Task<Page<BlockedUser>> ListBlocked(long applicationId, PageRequest page)
    {
        EnsureVisibleTo(applicationId);
        return store.ListUserBlocks(applicationId, UserId, page);
    }
}
