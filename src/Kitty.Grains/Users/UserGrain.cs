using Kitty.Abstractions.Messages;
using Kitty.Abstractions.Naming;
using Kitty.Abstractions.Users;
using Kitty.Grains.Hosting;
using Kitty.Grains.Json;
using Kitty.Storage;

namespace Kitty.Grains.Users;

/// <summary>
/// A user's profile and secrets. State is written first, then the chat store's projection, so a listing
/// never shows a user the grain does not know.
/// </summary>
public sealed class UserGrain(
    [PersistentState("user", KittyStorage.Name)] IPersistentState<UserState> user,
    IChatStore store,
    TimeProvider time)
    : Grain, IUserGrain
{
    private UserState State => user.State;

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

    public async Task<ChatUser> Update(long applicationId, UserPatch patch)
    {
        EnsureVisibleTo(applicationId);
        if (patch.PresenceStatus is { } status && !PresenceStatus.IsKnown(status))
            throw KittyException.Invalid($"Unknown presence status '{status}'.");
        var properties = JsonProperties.MergePatch(State.PropertiesJson, patch.PropertiesPatchJson);
        if (patch.DisplayName is { } displayName) State.DisplayName = UserValidation.DisplayNameOrDefault(displayName, State.Name);
        if (patch.IsGuest is { } isGuest) State.IsGuest = isGuest;
        if (patch.PresenceStatus is { } presence) State.PresenceStatus = presence;
        State.PropertiesJson = properties;
        return await Save();
    }

    public async Task Delete(long applicationId)
    {
        EnsureVisibleTo(applicationId);
        var name = State.Name;
        await store.DeleteUser(applicationId, this.GetPrimaryKeyLong());
        await user.ClearStateAsync();
        user.State = new UserState();
        await GrainFactory.GetGrain<IUniqueNameGrain>(UniqueNames.User(applicationId, name)).Release(this.GetPrimaryKeyLong());
        DeactivateOnIdle();
    }

    public async Task<ChatUser> SetDisplayPicture(long applicationId, FileProperties picture)
    {
        EnsureVisibleTo(applicationId);
        State.DisplayPicture = picture;
        return await Save();
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

    private ChatUser ToModel() => new(
        this.GetPrimaryKeyLong(),
        State.ApplicationId,
        State.Type,
        State.Name,
        State.DisplayName,
        State.DisplayPicture?.Url,
        State.IsGuest,
        // Presence comes alive with user sessions; until then every user is offline.
        UserPresence.Offline,
        State.PropertiesJson,
        State.CreatedTime);
}
