using Kitty.Abstractions.Users;

namespace Kitty.Grains.Sessions;

/// <summary>
/// Decides who may start a user session when an application does not admit guests. Issue 5 replaces the
/// default with the blocking <c>user.attempted.start_session</c> chat function.
/// </summary>
public interface ISessionAuthenticator
{
    /// <summary>The user the session is for, or a <c>KittyException</c> with <c>AccessDeniedError</c>.</summary>
    Task<ChatUser> Authenticate(long applicationId, string username, string? authParamsJson);
}
