using Kitty.Abstractions.Users;

namespace Kitty.Grains.Sessions;

/// <summary>
/// SEAM (issue 5): without guests, only a <c>user.attempted.start_session</c> chat function can admit a
/// user. Until chat functions run, nobody is admitted.
/// </summary>
public sealed class RefusingSessionAuthenticator : ISessionAuthenticator
{
    public Task<ChatUser> Authenticate(long applicationId, string username, string? authParamsJson) =>
        throw new KittyException(KittyError.AccessDeniedError,
            "Guest users are disabled and no user.attempted.start_session function admits this user.");
}
