using Kitty.Storage.PostgreSql;
using Kitty.Testing;
using Microsoft.Extensions.Logging.Abstractions;
using Npgsql;

namespace Kitty.Storage.Tests.PostgreSql;

/// <summary>
/// A fresh, migrated PostgreSQL database for one test class, dropped on dispose; its chat database can be closed and
/// reopened. Absent when <c>KITTY_TEST_POSTGRES</c> is not set.
/// </summary>
public sealed class TempPostgresDatabase : IAsyncLifetime
{
    private PostgresTestDatabase? _database;

    public PostgresChatDatabase? ChatDatabase { get; private set; }

    public async Task InitializeAsync()
    {
        _database = await PostgresTestDatabase.CreateAsync();
        if (_database is null) return;
        await new PostgresChatStoreMigrator(NullLogger.Instance).MigrateAsync(_database.ConnectionString);
        ChatDatabase = Open();
    }

    /// <summary>Closes the chat database (finishing its writes) and opens a new one on the same database.</summary>
    public async Task<PostgresChatDatabase> Reopen()
    {
        await ChatDatabase!.DisposeAsync();
        return ChatDatabase = Open();
    }

    public async Task DisposeAsync()
    {
        if (ChatDatabase is not null) await ChatDatabase.DisposeAsync();
        if (_database is not null) await _database.DisposeAsync();
    }

    private PostgresChatDatabase Open() => new(NpgsqlDataSource.Create(_database!.ConnectionString));
}
