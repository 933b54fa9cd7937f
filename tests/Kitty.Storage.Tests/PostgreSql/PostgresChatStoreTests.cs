using Kitty.Abstractions.Notifications;
using Kitty.Abstractions.Sessions;
using Kitty.Storage.Chat;
using Kitty.Storage.Tests.Contract;
using Kitty.Testing;

namespace Kitty.Storage.Tests.PostgreSql;

/// <summary>The chat store contract on PostgreSQL: the same tests as on SQLite, on one database per class.</summary>
public sealed class PostgresChatStoreTests(TempPostgresDatabase database) : ChatStoreContractTests, IClassFixture<TempPostgresDatabase>
{
    private SqlChatStore Sql => (SqlChatStore)Store;

    protected override Task<IChatStore> CreateStoreAsync()
    {
        Skip.If(database.ChatDatabase is null, PostgresTestDatabase.SkipReason);
        return Task.FromResult<IChatStore>(new SqlChatStore(database.ChatDatabase!));
    }

    protected override async Task<IChatStore> ReopenStoreAsync() => new SqlChatStore(await database.Reopen());

    protected override Task InsertNotification(Notification notification) => Sql.UpsertNotification(notification);

    protected override Task InsertUserSession(UserSession session) => Sql.UpsertUserSession(session);

    protected override Task InsertChatSession(ChatSession session) => Sql.UpsertChatSession(session);
}
