using Kitty.Abstractions.Paging;
using Kitty.Abstractions.Sessions;
using Kitty.Storage;

namespace Kitty.Grains.Sessions;

[StatelessWorker]
public sealed class SessionDirectoryGrain(IChatStore store) : Grain, ISessionDirectoryGrain
{
    private long ApplicationId => this.GetPrimaryKeyLong();

    public Task<Page<UserSession>> ListUserSessions(SessionState? state, PageRequest page) =>
        store.ListUserSessions(ApplicationId, state, page);

    public Task<Page<ChatSession>> ListChatSessions(SessionState? state, PageRequest page) =>
        store.ListChatSessions(ApplicationId, state, page);
}
