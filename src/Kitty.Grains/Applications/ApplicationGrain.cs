using Kitty.Abstractions.Applications;
using Kitty.Abstractions.Naming;
using Kitty.Grains.Hosting;

namespace Kitty.Grains.Applications;

public sealed class ApplicationGrain(
    [PersistentState("application", KittyStorage.Name)] IPersistentState<ApplicationState> application,
    TimeProvider time)
    : Grain, IApplicationGrain
{
    private ApplicationState State => application.State;

    public async Task<Application> Provision(ApplicationCredentials credentials)
    {
        if (string.IsNullOrWhiteSpace(credentials.ApiKey) || string.IsNullOrWhiteSpace(credentials.ClientId) ||
            string.IsNullOrWhiteSpace(credentials.ClientSecret))
            throw KittyException.Invalid("An application needs an API key, a client id and a client secret.");

        var id = this.GetPrimaryKeyLong();
        await ClaimName(UniqueNames.ApiKey(credentials.ApiKey), State.Exists ? State.ApiKey : null, UniqueNames.ApiKey, id);
        await ClaimName(UniqueNames.ClientId(credentials.ClientId), State.Exists ? State.ClientId : null, UniqueNames.ClientId, id);

        var secretChanged = !State.Exists || !ClientSecretHash.Verify(credentials.ClientSecret, State.ClientSecretHash);
        if (!State.Exists || secretChanged || State.ApiKey != credentials.ApiKey || State.ClientId != credentials.ClientId)
        {
            if (!State.Exists)
            {
                State.Exists = true;
                State.CreatedTime = time.GetUtcNow();
            }

            State.ApiKey = credentials.ApiKey;
            State.ClientId = credentials.ClientId;
            if (secretChanged) State.ClientSecretHash = ClientSecretHash.Create(credentials.ClientSecret);
            await application.WriteStateAsync();
        }

        return ToModel();
    }

    public Task<Application> Get() => Task.FromResult(ToModel());

    public Task<ApplicationSettings> GetSettings() =>
        State.Exists ? Task.FromResult(State.Settings) : throw KittyException.NotFound("Application");

    public async Task<ApplicationSettings> UpdateSettings(ApplicationSettings settings)
    {
        EnsureExists();
        State.Settings = settings;
        await application.WriteStateAsync();
        return settings;
    }

    public Task<bool> VerifyClientSecret(string clientSecret) =>
        Task.FromResult(State.Exists && ClientSecretHash.Verify(clientSecret, State.ClientSecretHash));

    private async Task ClaimName(string key, string? previousValue, Func<string, string> keyOf, long id)
    {
        var owner = await GrainFactory.GetGrain<IUniqueNameGrain>(key).Claim(id);
        if (owner != id)
            throw new KittyException(KittyError.DuplicateResourceError, "These credentials belong to another application.");
        if (previousValue is not null && keyOf(previousValue) != key)
            await GrainFactory.GetGrain<IUniqueNameGrain>(keyOf(previousValue)).Release(id);
    }

    private Application ToModel()
    {
        EnsureExists();
        return new Application(this.GetPrimaryKeyLong(), State.CreatedTime, State.ApiKey, State.ClientId, State.PropertiesJson);
    }

    private void EnsureExists()
    {
        if (!State.Exists) throw KittyException.NotFound("Application");
    }
}
