using Kitty.Storage.Migrations;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.Logging.Abstractions;

namespace Kitty.Storage.Tests.Sqlite;

public sealed class ChatStoreMigratorTests : IDisposable
{
    private readonly string _path = Path.Combine(Path.GetTempPath(), $"kitty-migrations-{Guid.NewGuid():N}.db");

    [Fact]
    public async Task Migrate_RunTwice_AppliesEachVersionOnce()
    {
        await using var connection = await Open();
        var migrator = new ChatStoreMigrator(NullLogger.Instance);

        var first = await migrator.MigrateAsync(connection);
        var second = await migrator.MigrateAsync(connection);

        Assert.Equal(ChatStoreMigrator.Migrations.Count, first);
        Assert.Equal(0, second);
        Assert.Equal(ChatStoreMigrator.Migrations.Select(m => (long)m.Version), await Versions(connection));
    }

    [Fact]
    public void Migrations_AreNumberedFromOneWithoutGaps() =>
        Assert.Equal(Enumerable.Range(1, ChatStoreMigrator.Migrations.Count), ChatStoreMigrator.Migrations.Select(m => m.Version));

    [Fact]
    public async Task Migrate_CreatesEveryTable()
    {
        await using var connection = await Open();
        await new ChatStoreMigrator(NullLogger.Instance).MigrateAsync(connection);

        await using var command = connection.CreateCommand();
        command.CommandText = "SELECT name FROM sqlite_master WHERE type = 'table'";
        var tables = new List<string>();
        await using (var reader = await command.ExecuteReaderAsync())
        {
            while (await reader.ReadAsync())
            {
                tables.Add(reader.GetString(0));
            }
        }

        Assert.Subset(tables.ToHashSet(), new HashSet<string>
        {
            "users", "channels", "channel_members", "channel_moderators", "channel_invites", "threads", "messages",
            "read_receipts", "files", "notifications", "user_sessions", "chat_sessions", "grain_state", "schema_migrations",
            "read_pointers", "message_reactions", "hidden_messages", "user_blocks", "hidden_channels",
        });
    }

    public void Dispose()
    {
        SqliteConnection.ClearAllPools();
        File.Delete(_path);
    }

    private async Task<SqliteConnection> Open()
    {
        var connection = new SqliteConnection($"Data Source={_path};Pooling=False");
        await connection.OpenAsync();
        return connection;
    }

    private static async Task<List<long>> Versions(SqliteConnection connection)
    {
        await using var command = connection.CreateCommand();
        command.CommandText = "SELECT version FROM schema_migrations ORDER BY version";
        var versions = new List<long>();
        await using var reader = await command.ExecuteReaderAsync();
        while (await reader.ReadAsync())
        {
            versions.Add(reader.GetInt64(0));
        }

        return versions;
    }
}
