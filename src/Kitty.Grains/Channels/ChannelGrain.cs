using Kitty.Abstractions.Channels;
using Kitty.Abstractions.Messages;
using Kitty.Abstractions.Naming;
using Kitty.Abstractions.Paging;
using Kitty.Abstractions.Users;
using Kitty.Grains.Hosting;
using Kitty.Grains.Ids;
using Kitty.Grains.Json;
using Kitty.Storage;

namespace Kitty.Grains.Channels;

/// <summary>
/// The single writer of a channel: its membership and its message log. The grain state decides; the chat
/// store's rows are its projection, written after the state so that listings never run ahead of it.
/// Message handling lives in <c>ChannelGrain.Messages.cs</c>.
/// </summary>
public sealed partial class ChannelGrain(
    [PersistentState("channel", KittyStorage.Name)] IPersistentState<ChannelState> channel,
    IChatStore store,
    IIdGenerator ids,
    TimeProvider time)
    : Grain, IChannelGrain
{
    private ChannelState State => channel.State;
    private long ChannelId => this.GetPrimaryKeyLong();

    public async Task<Channel> Create(NewChannel command)
    {
        if (State.Exists) return await Get(command.ApplicationId);
        State.Exists = true;
        State.ApplicationId = command.ApplicationId;
        State.Type = command.Type;
        State.Name = command.Name;
        State.DisplayName = command.DisplayName;
        State.PropertiesJson = JsonProperties.Normalize(command.PropertiesJson);
        State.CreatedTime = time.GetUtcNow();
        State.CreatorId = command.CreatorId;
        State.MainThreadId = command.MainThreadId;
        State.Members = [.. command.MemberIds];
        if (command.CreatorId is { } creator) State.Members.Add(creator);
        await channel.WriteStateAsync();
        return await Project();
    }

    public async Task<Channel> Get(long applicationId)
    {
        EnsureVisibleTo(applicationId);
        return await store.GetChannel(applicationId, ChannelId) ?? await Project();
    }

    public Task<bool> IsMember(long applicationId, long userId) =>
        Task.FromResult(State.Exists && State.ApplicationId == applicationId && State.Members.Contains(userId));

    public async Task<Channel> Update(long applicationId, ChannelPatch patch)
    {
        EnsureVisibleTo(applicationId);
        var properties = JsonProperties.MergePatch(State.PropertiesJson, patch.PropertiesPatchJson);
        if (patch.DisplayName is { } displayName)
        {
            if (State.Type == ChannelType.DIRECT)
                throw KittyException.Invalid("A direct channel has no display name.");
            if (displayName.Length > ChannelRules.MaxDisplayNameLength)
                throw KittyException.Invalid($"'displayName' is longer than {ChannelRules.MaxDisplayNameLength} characters.");
            State.DisplayName = string.IsNullOrWhiteSpace(displayName) ? State.Name : displayName;
        }

        State.PropertiesJson = properties;
        await channel.WriteStateAsync();
        await store.UpsertChannel(ToRecord());
        return await Get(applicationId);
    }

    public async Task Delete(long applicationId)
    {
        EnsureVisibleTo(applicationId);
        var nameKey = State.Type == ChannelType.DIRECT
            ? UniqueNames.DirectChannel(applicationId, State.Members)
            : UniqueNames.Channel(applicationId, State.Name!);
        await store.DeleteChannel(applicationId, ChannelId);
        await channel.ClearStateAsync();
        channel.State = new ChannelState();
        _lastSeq = null;
        await GrainFactory.GetGrain<IUniqueNameGrain>(nameKey).Release(ChannelId);
        DeactivateOnIdle();
    }

    public async Task<Channel> AddMember(long applicationId, long userId)
    {
        EnsureVisibleTo(applicationId);
        if (State.Type == ChannelType.DIRECT)
            throw new KittyException(KittyError.InvalidOperationError, "Members cannot be added to a direct channel.");
        if (State.Members.Add(userId))
        {
            State.Invitees.Remove(userId);
            await channel.WriteStateAsync();
            await store.AddMember(applicationId, ChannelId, userId, time.GetUtcNow());
            await store.RemoveInvite(applicationId, ChannelId, userId);
        }

        return await Get(applicationId);
    }

    public async Task<Channel> RemoveMember(long applicationId, long userId)
    {
        EnsureVisibleTo(applicationId);
        if (State.Type == ChannelType.DIRECT)
            throw new KittyException(KittyError.InvalidOperationError, "Members cannot be removed from a direct channel.");
        EnsureMember(userId);
        State.Members.Remove(userId);
        var wasModerator = State.Moderators.Remove(userId);
        await channel.WriteStateAsync();
        await store.RemoveMember(applicationId, ChannelId, userId);
        if (wasModerator) await store.RemoveModerator(applicationId, ChannelId, userId);
        return await Get(applicationId);
    }

    public async Task<ChatUser> AddModerator(long applicationId, long userId)
    {
        EnsureVisibleTo(applicationId);
        if (State.Type == ChannelType.DIRECT)
            throw new KittyException(KittyError.CannotAddModeratorToChannelError, "Direct channels have no moderators.");
        EnsureMember(userId);
        if (State.Moderators.Add(userId))
        {
            await channel.WriteStateAsync();
            await store.AddModerator(applicationId, ChannelId, userId, time.GetUtcNow());
        }

        return await GrainFactory.GetGrain<IUserGrain>(userId).Get(applicationId);
    }

    public async Task<Channel> RemoveModerator(long applicationId, long userId)
    {
        EnsureVisibleTo(applicationId);
        if (State.Moderators.Remove(userId))
        {
            await channel.WriteStateAsync();
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
            await channel.WriteStateAsync();
            await store.AddInvite(applicationId, ChannelId, userId, now);
        }

        return new ChannelInvite(ChannelId, invitee, now);
    }

    public async Task<ChannelEvent> TriggerEvent(long applicationId, long? userId, string type, string propertiesJson)
    {
        EnsureVisibleTo(applicationId);
        if (string.IsNullOrWhiteSpace(type) || type.Length > ChannelRules.MaxEventTypeLength)
            throw KittyException.Invalid($"An event 'type' must have 1 to {ChannelRules.MaxEventTypeLength} characters.");
        ChatUser? user = null;
        if (userId is { } id)
        {
            EnsureMember(id);
            user = await GrainFactory.GetGrain<IUserGrain>(id).Get(applicationId);
        }

        // Live delivery to chat sessions arrives with the realtime engine; the event is validated here.
        return new ChannelEvent(type, JsonProperties.Normalize(propertiesJson), user);
    }

    public async Task<Keystrokes> SendKeystrokes(long applicationId, long userId, long? threadId, string keys)
    {
        EnsureVisibleTo(applicationId);
        EnsureMember(userId);
        if (keys.Length > ChannelRules.MaxKeysLength)
            throw KittyException.Invalid($"'keys' is longer than {ChannelRules.MaxKeysLength} characters.");
        var thread = threadId is { } id ? await GetThreadOfThisChannel(id) : null;
        var user = await GrainFactory.GetGrain<IUserGrain>(userId).Get(applicationId);
        return new Keystrokes(ChannelId, thread?.Id ?? State.MainThreadId, user.Name, keys);
    }

    public Task<Page<ChatUser>> ListParticipants(long applicationId, PageRequest page)
    {
        EnsureVisibleTo(applicationId);
        // Participants are members with an active chat session; chat sessions arrive with the realtime engine.
        return Task.FromResult(new Page<ChatUser>([], page, 0));
    }

    private async Task<Channel> Project()
    {
        await store.UpsertChannel(ToRecord());
        if (await store.GetThread(State.ApplicationId, State.MainThreadId) is null)
        {
            await store.CreateThread(new ReplyThread(
                State.MainThreadId, State.ApplicationId, ChannelId, ReplyThreadType.MAIN, null, null, JsonProperties.Empty, State.CreatedTime));
        }

        foreach (var member in State.Members)
            await store.AddMember(State.ApplicationId, ChannelId, member, State.CreatedTime);
        return await store.GetChannel(State.ApplicationId, ChannelId)
            ?? throw new InvalidOperationException($"Channel {ChannelId} was not projected to the chat store.");
    }

    private ChannelRecord ToRecord() => new(
        ChannelId, State.ApplicationId, State.Type, State.Name, State.DisplayName, State.PropertiesJson,
        State.CreatedTime, State.CreatorId, State.MainThreadId);

    private void EnsureVisibleTo(long applicationId)
    {
        if (!State.Exists || State.ApplicationId != applicationId) throw KittyException.NotFound("Channel");
    }

    private void EnsureMember(long userId)
    {
        if (!State.Members.Contains(userId))
            throw new KittyException(KittyError.NotAChannelMemberError, "The user is not a member of this channel.");
    }
}
