using Kitty.Abstractions.Notifications;
using Kitty.Abstractions.Sessions;
using Kitty.Storage.Chat;
using Kitty.Storage.Sqlite;
using Kitty.Storage.Tests.Contract;

namespace Kitty.Storage.Tests.Sqlite;

/// <summary>The chat store contract on one SQLite file shared by the tests of this class.</summary>
public sealed class SqliteChatStoreTests(TempDatabase file) : ChatStoreContractTests, IClassFixture<TempDatabase>
{
    private SqlChatStore Sql => (SqlChatStore)Store;

    protected override Task<IChatStore> CreateStoreAsync() => Task.FromResult<IChatStore>(new SqlChatStore(new SqliteChatDatabase(file.Database)));

    protected override async Task<IChatStore> ReopenStoreAsync() => new SqlChatStore(new SqliteChatDatabase(await file.Reopen()));

    protected override Task InsertNotification(Notification notification) => Sql.UpsertNotification(notification);

    protected override Task InsertUserSession(UserSession session) => Sql.UpsertUserSession(session);

    protected override Task InsertChatSession(ChatSession session) => Sql.UpsertChatSession(session);
}
