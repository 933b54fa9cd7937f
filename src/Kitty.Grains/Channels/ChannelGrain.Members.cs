using Kitty.Abstractions.Channels;
using Kitty.Abstractions.Realtime;
using Kitty.Abstractions.Users;

namespace Kitty.Grains.Channels;

/// <summary>Membership, moderators and invites, each change announced to the channel and to the user.</summary>
public sealed partial class ChannelGrain
{
    public async Task<Channel> AddMember(long applicationId, long userId)
    {
        EnsureVisibleTo(applicationId);
        if (State.Type == ChannelType.DIRECT)
            throw new KittyException(KittyError.InvalidOperationError, "Members cannot be added to a direct channel.");
        return await Admit(applicationId, userId);
    }

    public async Task<Channel> Join(long applicationId, long userId)
    {
        EnsureVisibleTo(applicationId);
        if (State.Type != ChannelType.PUBLIC)
            throw new KittyException(KittyError.ChannelNotPubliclyJoinableError, "Only public channels can be joined.");
        return await Admit(applicationId, userId);
    }

    public async Task<Channel> RemoveMember(long applicationId, long userId)
    {
        EnsureVisibleTo(applicationId);
        if (State.Type == ChannelType.DIRECT)
            throw new KittyException(KittyError.InvalidOperationError, "Members cannot be removed from a direct channel.");
        EnsureMember(userId);
        return await Dismiss(applicationId, userId);
    }

    public async Task<Channel> Leave(long applicationId, long userId)
    {
        EnsureVisibleTo(applicationId);
        EnsureMember(userId);
        if (State.Type == ChannelType.DIRECT)
            throw new KittyException(KittyError.InvalidOperationError, "A direct channel cannot be left.");
        return await Dismiss(applicationId, userId);
    }

    public async Task<ChatUser> AddModerator(long applicationId, long userId)
    {
        EnsureVisibleTo(applicationId);
        if (State.Type == ChannelType.DIRECT)
            throw new KittyException(KittyError.CannotAddModeratorToChannelError, "Direct channels have no moderators.");
        EnsureMember(userId);
        if (State.Moderators.Add(userId))
        {
            await SaveState();
            await store.AddModerator(applicationId, ChannelId, userId, time.GetUtcNow());
        }

        return await GrainFactory.GetGrain<IUserGrain>(userId).Get(applicationId);
    }

    public async Task<Channel> RemoveModerator(long applicationId, long userId)
    {
        EnsureVisibleTo(applicationId);
        if (State.Moderators.Remove(userId))
        {
            await SaveState();
            await store.RemoveModerator(applicationId, ChannelId, userId);
        }

        return await Get(applicationId);
    }

    public async Task<ChannelInvite> Invite(long applicationId, long userId)
    {
        EnsureVisibleTo(applicationId);
        if (State.Type == ChannelType.DIRECT)
            throw new KittyException(KittyError.ChannelNotInvitableError, "Direct channels do not take invites.");
        var invitee = await GrainFactory.GetGrain<IUserGrain>(userId).Get(applicationId);
        var now = time.GetUtcNow();
        if (!State.Members.Contains(userId) && State.Invitees.Add(userId))
        {
            await SaveState();
            await store.AddInvite(applicationId, ChannelId, userId, now);
            await Events.ToUser(userId, new ChatEvent(ChatEventTypes.UserChannelJoined, ChannelId, Channel: await Get(applicationId)));
        }

        return new ChannelInvite(ChannelId, invitee, now);
    }

    /// <summary>Makes the user a member (idempotent): <c>channel.member.joined</c> here, <c>user.channel.joined</c> to them.</summary>
    private async Task<Channel> Admit(long applicationId, long userId)
    {
        var member = await GrainFactory.GetGrain<IUserGrain>(userId).Get(applicationId);
        if (!State.Members.Add(userId)) return await Get(applicationId);
        State.Invitees.Remove(userId);
        await SaveState();
        await store.AddMember(applicationId, ChannelId, userId, time.GetUtcNow());
        await store.RemoveInvite(applicationId, ChannelId, userId);
        var joined = await Get(applicationId);
        await Publish(new ChatEvent(ChatEventTypes.MemberJoined, ChannelId, User: member));
        await Events.ToUser(userId, new ChatEvent(ChatEventTypes.UserChannelJoined, ChannelId, Channel: joined));
        return joined;
    }

    /// <summary>
    /// Takes a member out, with their moderator role, chat sessions, mute, read pointer and hidden mark here
    /// (the store's membership removal takes the pointer and mark rows along): <c>channel.member.left</c> here,
    /// <c>me.channel.left</c> to them.
    /// </summary>
    private async Task<Channel> Dismiss(long applicationId, long userId)
    {
        State.Members.Remove(userId);
        var wasModerator = State.Moderators.Remove(userId);
        State.Muted.Remove(userId);
        State.ReadSeqs.Remove(userId);
        State.HiddenBy.Remove(userId);
        await SaveState();
        await store.RemoveMember(applicationId, ChannelId, userId);
        if (wasModerator) await store.RemoveModerator(applicationId, ChannelId, userId);
        await EndChatSessionsOf(userId);
        var left = await Get(applicationId);
        if (await FindUser(applicationId, userId) is { } member)
            await Publish(new ChatEvent(ChatEventTypes.MemberLeft, ChannelId, User: member));
        await Events.ToUser(userId, new ChatEvent(ChatEventTypes.UserChannelLeft, ChannelId, Channel: left));
        return left;
    }

    /// <summary>The user, or null when they were deleted (a channel still lets their memberships go).</summary>
    private async Task<ChatUser?> FindUser(long applicationId, long userId)
    {
        try
        {
            return await GrainFactory.GetGrain<IUserGrain>(userId).Get(applicationId);
        }
        catch (KittyException e) when (e.Error == KittyError.ResourceNotFoundError)
        {
            return null;
        }
    }
}
