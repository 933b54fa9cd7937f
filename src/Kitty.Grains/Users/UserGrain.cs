using Kitty.Abstractions.Messages;
using Kitty.Abstractions.Naming;
using Kitty.Abstractions.Realtime;
using Kitty.Abstractions.Users;
using Kitty.Grains.Hosting;
using Kitty.Grains.Ids;
using Kitty.Grains.Json;
using Kitty.Grains.Options;
using Kitty.Grains.Realtime;
using Kitty.Storage;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace Kitty.Grains.Users;

/// <summary>
/// A user's profile and secrets. State is written first, then the chat store's projection, so a listing
/// never shows a user the grain does not know. Connections live in <c>UserGrain.Connections.cs</c>,
/// presence in <c>UserGrain.Presence.cs</c>.
/// </summary>
public sealed partial class UserGrain(
    [PersistentState("user", KittyStorage.Name)] IPersistentState<UserState> user,
    IChatStore store,
    IIdGenerator ids,
    IOptions<PresenceOptions> presence,
    TimeProvider time,
    ILogger<UserGrain> logger)
    : Grain, IUserGrain
{
    private ChatEventPublisher? _events;

    private UserState State => user.State;
    private long UserId => this.GetPrimaryKeyLong();
    private ChatEventPublisher Events => _events ??= ChatEventPublisher.For(this, logger);

    public async Task<ChatUser> Create(CreateUser command)
    {
        if (State.Exists) throw new KittyException(KittyError.DuplicateResourceError, "The user already exists.");
        UserValidation.ValidateName(command.Name);
        State.Exists = true;
        State.ApplicationId = command.ApplicationId;
        State.Type = command.Type;
        State.Name = command.Name;
        State.DisplayName = UserValidation.DisplayNameOrDefault(command.DisplayName, command.Name);
        State.IsGuest = command.IsGuest;
        State.PropertiesJson = JsonProperties.Normalize(command.PropertiesJson);
        State.CreatedTime = time.GetUtcNow();
        return await Save();
    }

    public Task<ChatUser> Get(long applicationId)
    {
        EnsureVisibleTo(applicationId);
        return Task.FromResult(ToModel());
    }

    public Task<ChatUser> GetCurrentUser(long applicationId)
    {
        EnsureVisibleTo(applicationId);
        return Task.FromResult(ToCurrentUser());
    }

    /// <summary>Applies the patch; returns the user as others see them.</summary>
    public async Task<ChatUser> Update(long applicationId, UserPatch patch, string? connectionId = null)
    {
        EnsureVisibleTo(applicationId);
        if (patch.PresenceStatus is { } status) ValidatePresenceStatus(status);
        var properties = JsonProperties.MergePatch(State.PropertiesJson, patch.PropertiesPatchJson);
        var before = VisiblePresence;
        var profileBefore = ToModel();
        if (patch.DisplayName is { } displayName) State.DisplayName = UserValidation.DisplayNameOrDefault(displayName, State.Name);
        if (patch.IsGuest is { } isGuest) State.IsGuest = isGuest;
        if (patch.PresenceStatus is { } chosen) State.PresenceStatus = chosen;
        State.PropertiesJson = properties;
        var model = await Save();
        if (VisiblePresence != before) await AnnouncePresence(model);
        if (model with { Presence = profileBefore.Presence } != profileBefore) await TellContacts(ChatEventTypes.ContactUserUpdated, model);
        await PublishSelfUpdated(connectionId);
        return model;
    }

    public async Task Delete(long applicationId)
    {
        EnsureVisibleTo(applicationId);
        var name = State.Name;
        await store.DeleteUser(applicationId, UserId);
        await user.ClearStateAsync();
        user.State = new UserState();
        await GrainFactory.GetGrain<IUniqueNameGrain>(UniqueNames.User(applicationId, name)).Release(UserId);
        DeactivateOnIdle();
    }

    public async Task<ChatUser> SetDisplayPicture(long applicationId, FileProperties picture, string? connectionId = null)
    {
        EnsureVisibleTo(applicationId);
        State.DisplayPicture = picture;
        var model = await Save();
        await TellContacts(ChatEventTypes.ContactUserUpdated, model);
        await PublishSelfUpdated(connectionId);
        return model;
    }

    public Task<string> GetSecret(long applicationId, string name)
    {
        EnsureVisibleTo(applicationId);
        return State.Secrets.TryGetValue(name, out var secret)
            ? Task.FromResult(secret)
            : throw KittyException.NotFound("Secret");
    }

    public async Task<ChatUser> SetSecret(long applicationId, string name, string secretJson)
    {
        EnsureVisibleTo(applicationId);
        UserValidation.ValidateSecret(name, secretJson);
        if (!State.Secrets.ContainsKey(name) && State.Secrets.Count >= UserLimits.MaxSecrets)
            throw KittyException.Invalid($"A user holds at most {UserLimits.MaxSecrets} secrets.");
        State.Secrets[name] = secretJson;
        await user.WriteStateAsync();
        return ToModel();
    }

    public async Task<ChatUser> RemoveSecret(long applicationId, string name)
    {
        EnsureVisibleTo(applicationId);
        if (State.Secrets.Remove(name)) await user.WriteStateAsync();
        return ToModel();
    }

    private async Task<ChatUser> Save()
    {
        await user.WriteStateAsync();
        var model = ToModel();
        await store.UpsertUser(model);
        return model;
    }

    private void EnsureVisibleTo(long applicationId)
    {
        if (!State.Exists || State.ApplicationId != applicationId) throw KittyException.NotFound("User");
    }

    /// <summary>The user as others see them.</summary>
    private ChatUser ToModel() => ToModel(VisiblePresence);

    /// <summary>The user as they see themselves: their chosen status and whether they are online.</summary>
    private ChatUser ToCurrentUser() => ToModel(new UserPresence(State.PresenceStatus, Online));

    private ChatUser ToModel(UserPresence userPresence) => new(
        UserId,
        State.ApplicationId,
        State.Type,
        State.Name,
        State.DisplayName,
        State.DisplayPicture?.Url,
        State.IsGuest,
        userPresence,
        State.PropertiesJson,
        State.CreatedTime);
}
