using Kitty.Abstractions.Channels;
using Kitty.Abstractions.Messages;
using Kitty.Abstractions.Naming;
using Kitty.Abstractions.Realtime;
using Kitty.Abstractions.Users;
using Kitty.Grains.Hosting;
using Kitty.Grains.Ids;
using Kitty.Grains.Json;
using Kitty.Grains.Notifications;
using Kitty.Grains.Realtime;
using Kitty.Storage;
using Microsoft.Extensions.Logging;

namespace Kitty.Grains.Channels;

/// <summary>
/// The single writer of a channel: its membership and its message log. The grain state decides; the chat
/// store's rows are its projection, written after the state so that listings never run ahead of it.
/// Every change is announced after it is durable, on the channel's stream and the affected users' streams.
/// Membership lives in <c>ChannelGrain.Members.cs</c>, messages in <c>.Messages.cs</c>, live chat in
/// <c>.ChatSessions.cs</c> and typing in <c>.Typing.cs</c>.
/// </summary>
public sealed partial class ChannelGrain(
    [PersistentState("channel", KittyStorage.Name)] IPersistentState<ChannelState> channel,
    IChatStore store,
    IIdGenerator ids,
    TimeProvider time,
    INotificationHook notificationHook,
    ILogger<ChannelGrain> logger)
    : Grain, IChannelGrain
{
    private ChatEventPublisher? _events;

    private ChannelState State => channel.State;
    private long ChannelId => this.GetPrimaryKeyLong();
    private ChatEventPublisher Events => _events ??= ChatEventPublisher.For(this, logger);

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
        await SaveState();
        var created = await Project();
        await Events.ToUsers(State.Members, new ChatEvent(ChatEventTypes.UserChannelJoined, ChannelId, Channel: created));
        return created;
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
        await SaveState();
        await store.UpsertChannel(ToRecord());
        var updated = await Get(applicationId);
        await Publish(new ChatEvent(ChatEventTypes.ChannelUpdated, ChannelId, Channel: updated));
        await Events.ToUsers(State.Members, new ChatEvent(ChatEventTypes.UserChannelUpdated, ChannelId, Channel: updated));
        return updated;
    }

    public async Task Delete(long applicationId)
    {
        EnsureVisibleTo(applicationId);
        var deleted = await Get(applicationId);
        var members = State.Members.ToList();
        var nameKey = State.Type == ChannelType.DIRECT
            ? UniqueNames.DirectChannel(applicationId, State.Members)
            : UniqueNames.Channel(applicationId, State.Name!);
        await EndAllChatSessions();
        await store.DeleteChannel(applicationId, ChannelId);
        await ClearState();
        channel.State = new ChannelState();
        _log = null;
        await GrainFactory.GetGrain<IUniqueNameGrain>(nameKey).Release(ChannelId);
        await Publish(new ChatEvent(ChatEventTypes.ChannelDeleted, ChannelId, Channel: deleted));
        await Events.ToUsers(members, new ChatEvent(ChatEventTypes.UserChannelDeleted, ChannelId, Channel: deleted));
        DeactivateOnIdle();
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

        var triggered = new ChannelEvent(type, JsonProperties.Normalize(propertiesJson), user);
        await Publish(new ChatEvent(ChatEventTypes.EventTriggered, ChannelId, CustomEvent: triggered));
        return triggered;
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

    /// <summary>Publishes on this channel's stream; awaited, so the channel's events keep their order.</summary>
    private Task Publish(ChatEvent chatEvent) => Events.ToChannel(ChannelId, chatEvent);

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
