using Kitty.Abstractions.Applications;
using Kitty.Abstractions.Sessions;
using Kitty.Abstractions.Users;
using Kitty.Grains.Users;

namespace Kitty.Grains.Sessions;

/// <summary>
/// Admits users to user sessions: guests by name when the application allows them (created on first use),
/// everyone else through <see cref="ISessionAuthenticator"/>.
/// </summary>
// Reentrant because an admission may wait on a start-session function for up to the sandbox timeout: one call per
// worker would queue every user's session behind a slow or runaway function. The grain holds no state.
[StatelessWorker, Reentrant]
public sealed class SessionAdmissionGrain(ISessionAuthenticator authenticator) : Grain, ISessionAdmissionGrain
{
    private long ApplicationId => this.GetPrimaryKeyLong();

    public async Task<ChatUser> Admit(string username, string? authParamsJson)
    {
        UserValidation.ValidateName(username);
        var settings = await GrainFactory.GetGrain<IApplicationGrain>(ApplicationId).GetSettings();
        if (!settings.GuestUsers) return await authenticator.Authenticate(ApplicationId, username, authParamsJson);
        var userId = await FindOrCreateGuest(username);
        return await GrainFactory.GetGrain<IUserGrain>(userId).GetCurrentUser(ApplicationId);
    }

    private async Task<long> FindOrCreateGuest(string username)
    {
        var directory = GrainFactory.GetGrain<IUserDirectoryGrain>(ApplicationId);
        if (await directory.FindUserId(username) is { } existing) return existing;
        try
        {
            return (await directory.CreateUser(new CreateUser(ApplicationId, username, username, IsGuest: true, "{}"))).Id;
        }
        catch (KittyException e) when (e.Error == KittyError.DuplicateResourceError)
        {
            // Another session of the same guest created it first.
            if (await directory.FindUserId(username) is { } created) return created;
            throw;
        }
    }
}
