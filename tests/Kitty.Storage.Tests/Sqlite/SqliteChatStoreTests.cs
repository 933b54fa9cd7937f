using Kitty.Abstractions.Notifications;
using Kitty.Abstractions.Sessions;
using Kitty.Storage.Chat;
using Kitty.Storage.Tests.Contract;

namespace Kitty.Storage.Tests.Sqlite;

/// <summary>The chat store contract on one SQLite file shared by the tests of this class.</summary>
public sealed class SqliteChatStoreTests(TempDatabase file) : ChatStoreContractTests, IClassFixture<TempDatabase>
{
    private SqliteChatStore Sqlite => (SqliteChatStore)Store;

    protected override Task<IChatStore> CreateStoreAsync() => Task.FromResult<IChatStore>(new SqliteChatStore(file.Database));

    protected override async Task<IChatStore> ReopenStoreAsync() => new SqliteChatStore(await file.Reopen());

    protected override Task InsertNotification(Notification notification) => Sqlite.UpsertNotification(notification);

    protected override Task InsertUserSession(UserSession session) => Sqlite.UpsertUserSession(session);

    protected override Task InsertChatSession(ChatSession session) => Sqlite.UpsertChatSession(session);
}
