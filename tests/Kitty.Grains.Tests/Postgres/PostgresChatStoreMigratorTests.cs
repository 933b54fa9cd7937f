using Kitty.Storage.Migrations;
using Kitty.Storage.PostgreSql;
using Kitty.Testing;
using Microsoft.Extensions.Logging.Abstractions;
using Npgsql;

namespace Kitty.Grains.Tests.Postgres;

/// <summary>The chat store's PostgreSQL migrations: applied at every start, by every node at once, each exactly once.</summary>
public sealed class PostgresChatStoreMigratorTests : PostgresDatabaseTest
{
    [Fact]
    public void Migrations_AreTheSqliteStoresVersionsWithTheSameNames() =>
        Assert.Equal(
            ChatStoreMigrator.Migrations.Select(m => (m.Version, m.Name)),
            PostgresChatStoreMigrator.Migrations.Select(m => (m.Version, m.Name)));

    [SkippableFact]
    public async Task Migrate_OnAnEmptyDatabase_AppliesEveryVersion_AndAgainAppliesNone()
    {
        var database = Database;
        var migrator = new PostgresChatStoreMigrator(NullLogger.Instance);

        var first = await migrator.MigrateAsync(database.ConnectionString);
        var second = await migrator.MigrateAsync(database.ConnectionString);

        Assert.Equal(PostgresChatStoreMigrator.Migrations.Count, first);
        Assert.Equal(0, second);
        Assert.Equal(PostgresChatStoreMigrator.Migrations.Select(m => m.Version), await Versions(database));
    }

    [SkippableFact]
    public async Task Migrate_FromFourNodesAtOnce_AppliesEachVersionExactlyOnce()
    {
        var database = Database;
        var connections = await Task.WhenAll(Enumerable.Range(0, 4).Select(_ => database.OpenAsync()));
        try
        {
            // Connections are open first, so the four migrations really start together.
            var applied = await Task.WhenAll(connections.Select(connection =>
                Task.Run(() => new PostgresChatStoreMigrator(NullLogger.Instance).MigrateAsync(connection))));

            Assert.Equal(PostgresChatStoreMigrator.Migrations.Count, applied.Sum());
            Assert.Equal(PostgresChatStoreMigrator.Migrations.Select(m => m.Version), await Versions(database));
        }
        finally
        {
            foreach (var connection in connections) await connection.DisposeAsync();
        }
    }

    [SkippableFact]
    public async Task Messages_WithTheSameChannelAndSeq_AreRefusedByUxMessagesChannelSeq()
    {
        var database = await Migrated();
        await InsertMessage(database, id: 1, channel: 10, seq: 1);
        await InsertMessage(database, id: 2, channel: 11, seq: 1);

        var refused = await Assert.ThrowsAsync<PostgresException>(() => InsertMessage(database, id: 3, channel: 10, seq: 1));

        Assert.Equal(PostgresErrorCodes.UniqueViolation, refused.SqlState);
        Assert.Equal("ux_messages_channel_seq", refused.ConstraintName);
    }

    [SkippableFact]
    public async Task SystemMessages_WithTheSameClientIdInAChannel_AreRefused()
    {
        var database = await Migrated();
        await InsertMessage(database, id: 1, channel: 10, seq: 1, clientMessageId: "c1");
        await InsertMessage(database, id: 2, channel: 10, seq: 2);
        await InsertMessage(database, id: 3, channel: 10, seq: 3);

        var refused = await Assert.ThrowsAsync<PostgresException>(
            () => InsertMessage(database, id: 4, channel: 10, seq: 4, clientMessageId: "c1"));

        Assert.Equal("ux_messages_client_id", refused.ConstraintName);
    }

    [SkippableFact]
    public async Task Rows_BoundAndReadAsTheSqliteStoreDoes_RoundTrip()
    {
        var database = await Migrated();
        await using var connection = await database.OpenAsync();
        await using (var insert = new NpgsqlCommand(
            """
            INSERT INTO users (id, application_id, type, name, display_name, is_guest, presence_status, presence_online, properties, created_time)
            VALUES (@id, 1, 'User', 'n', 'N', @guest, 'online', @online, '{}', @created);
            INSERT INTO functions (id, application_id, type, name, enabled, current_version_number, created_time)
            VALUES (@id, 1, 'message', 'f', @enabled, @version, @created);
            """, connection))
        {
            insert.Parameters.AddWithValue("id", 7L);
            insert.Parameters.AddWithValue("guest", true);
            insert.Parameters.AddWithValue("online", false);
            insert.Parameters.AddWithValue("enabled", 1);
            insert.Parameters.AddWithValue("version", 3);
            insert.Parameters.AddWithValue("created", 1_700_000_000_123L);
            await insert.ExecuteNonQueryAsync();
        }

        await using var select = new NpgsqlCommand(
            "SELECT u.is_guest, u.presence_online, u.created_time, f.enabled, f.current_version_number FROM users u JOIN functions f ON f.id = u.id WHERE f.enabled = 1",
            connection);
        await using var reader = await select.ExecuteReaderAsync();
        Assert.True(await reader.ReadAsync());
        Assert.True(reader.GetBoolean(0));
        Assert.False(reader.GetBoolean(1));
        Assert.Equal(1_700_000_000_123L, reader.GetInt64(2));
        Assert.True(reader.GetInt64(3) != 0);
        Assert.Equal(3, reader.GetInt32(4));
    }

    private async Task<PostgresTestDatabase> Migrated()
    {
        var database = Database;
        await new PostgresChatStoreMigrator(NullLogger.Instance).MigrateAsync(database.ConnectionString);
        return database;
    }

    private static async Task InsertMessage(PostgresTestDatabase database, long id, long channel, long seq, string? clientMessageId = null)
    {
        await using var connection = await database.OpenAsync();
        await using var command = new NpgsqlCommand(
            """
            INSERT INTO messages (id, application_id, channel_id, seq, thread_id, type, user_id, properties, created_time,
                                  nested_level, replies_count, mentions, links, deleted, client_message_id)
            VALUES (@id, 1, @channel, @seq, 1, 'Admin', NULL, '{}', 0, 0, 0, '[]', '[]', 0, @client)
            """, connection);
        command.Parameters.AddWithValue("id", id);
        command.Parameters.AddWithValue("channel", channel);
        command.Parameters.AddWithValue("seq", seq);
        command.Parameters.AddWithValue("client", (object?)clientMessageId ?? DBNull.Value);
        await command.ExecuteNonQueryAsync();
    }

    private static async Task<List<int>> Versions(PostgresTestDatabase database)
    {
        await using var connection = await database.OpenAsync();
        await using var command = new NpgsqlCommand("SELECT version FROM schema_migrations ORDER BY version", connection);
        await using var reader = await command.ExecuteReaderAsync();
        var versions = new List<int>();
        while (await reader.ReadAsync()) versions.Add(reader.GetInt32(0));
        return versions;
    }
}
