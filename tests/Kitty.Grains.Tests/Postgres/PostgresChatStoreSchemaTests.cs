using Kitty.Storage.Migrations;
using Kitty.Storage.PostgreSql;
using Kitty.Testing;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.Logging.Abstractions;
using Npgsql;

namespace Kitty.Grains.Tests.Postgres;

/// <summary>
/// The chat store's PostgreSQL schema against the SQLite one, both freshly migrated: a migration added to one and
/// not the other fails here, so each SqlChatStore statement runs on both as it is.
/// </summary>
public sealed class PostgresChatStoreSchemaTests : PostgresDatabaseTest
{
    // In cluster mode grain state lives in Orleans' own OrleansStorage table, not in the chat store's database.
    private static readonly string[] SqliteOnlyTables = ["grain_state"];

    [SkippableFact]
    public async Task Tables_AndTheirColumns_AreTheSqliteStores()
    {
        var postgres = await PostgresColumns();
        var sqlite = await SqliteColumns();

        Assert.Equal(Names(sqlite), Names(postgres));
    }

    [SkippableFact]
    public async Task Columns_AreNotNullWhereTheSqliteStoresAre()
    {
        var postgres = await PostgresColumns();
        var sqlite = await SqliteColumns();

        Assert.Equal(sqlite.Where(c => c.NotNull).Select(c => c.Name).Order(StringComparer.Ordinal),
            postgres.Where(c => c.NotNull).Select(c => c.Name).Order(StringComparer.Ordinal));
    }

    private static string[] Names(IEnumerable<Column> columns) => [.. columns.Select(c => c.Name).Order(StringComparer.Ordinal)];

    private async Task<List<Column>> PostgresColumns()
    {
        await new PostgresChatStoreMigrator(NullLogger.Instance).MigrateAsync(Database.ConnectionString);

        await using var connection = await Database.OpenAsync();
        await using var command = new NpgsqlCommand(
            "SELECT table_name, column_name, is_nullable FROM information_schema.columns WHERE table_schema = 'public'", connection);
        await using var reader = await command.ExecuteReaderAsync();
        var columns = new List<Column>();
        while (await reader.ReadAsync())
        {
            columns.Add(new Column($"{reader.GetString(0)}.{reader.GetString(1)}", reader.GetString(2) == "NO"));
        }

        return columns;
    }

    private static async Task<List<Column>> SqliteColumns()
    {
        await using var connection = new SqliteConnection("Data Source=:memory:");
        await connection.OpenAsync();
        await new ChatStoreMigrator(NullLogger.Instance).MigrateAsync(connection);

        await using var command = connection.CreateCommand();
        // A rowid alias (INTEGER PRIMARY KEY) is never NULL, whether or not it says NOT NULL.
        command.CommandText = """
            SELECT t.name, c.name, c."notnull" OR (c.pk = 1 AND c.type = 'INTEGER' AND
                   (SELECT count(*) FROM pragma_table_info(t.name) WHERE pk > 0) = 1)
            FROM sqlite_master t, pragma_table_info(t.name) c
            WHERE t.type = 'table' AND t.name NOT LIKE 'sqlite\_%' ESCAPE '\'
            """;
        await using var reader = await command.ExecuteReaderAsync();
        var columns = new List<Column>();
        while (await reader.ReadAsync())
        {
            if (!SqliteOnlyTables.Contains(reader.GetString(0)))
            {
                columns.Add(new Column($"{reader.GetString(0)}.{reader.GetString(1)}", reader.GetBoolean(2)));
            }
        }

        return columns;
    }

    private sealed record Column(string Name, bool NotNull);
}
