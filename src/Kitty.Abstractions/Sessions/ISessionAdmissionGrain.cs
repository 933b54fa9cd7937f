using Kitty.Abstractions.Users;

namespace Kitty.Abstractions.Sessions;

/// <summary>
/// Decides who may start a user session in an application (POST /rtm/sessions): with guest users enabled,
/// anyone, by user name (created on first use as a guest); otherwise the blocking
/// <c>user.attempted.start_session</c> chat function decides. A stateless worker keyed by application id.
/// </summary>
[Alias("kitty.session-admission")]
public interface ISessionAdmissionGrain : IGrainWithIntegerKey
{
    /// <summary>The user the session is for, or <c>AccessDeniedError</c>.</summary>
    [Alias("admit")]
    Task<ChatUser> Admit(string username, string? authParamsJson);
}
