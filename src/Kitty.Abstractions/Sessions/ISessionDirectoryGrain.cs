using Kitty.Abstractions.Paging;

namespace Kitty.Abstractions.Sessions;

/// <summary>An application's user sessions and chat sessions as listings. A stateless worker keyed by application id.</summary>
[Alias("kitty.session-directory")]
public interface ISessionDirectoryGrain : IGrainWithIntegerKey
{
    /// <summary>A page of user sessions, optionally of one state.</summary>
    [ReadOnly, Alias("list-user-sessions")]
    Task<Page<UserSession>> ListUserSessions(SessionState? state, PageRequest page);

    /// <summary>A page of chat sessions, optionally of one state.</summary>
    [ReadOnly, Alias("list-chat-sessions")]
    Task<Page<ChatSession>> ListChatSessions(SessionState? state, PageRequest page);
}
