using Kitty.Storage.Migrations;
using Kitty.Storage.Sql;
using Microsoft.Extensions.Logging;
using Npgsql;

namespace Kitty.Storage.PostgreSql;

/// <summary>
/// Applies the embedded <c>PostgreSql/Migrations/NNNN_name.sql</c> scripts a database has not seen yet, each in its
/// own transaction together with its <c>schema_migrations</c> row and under a transaction-scoped advisory lock, so
/// nodes starting at once apply every version exactly once and a crash never leaves half a version.
/// </summary>
public sealed partial class PostgresChatStoreMigrator(ILogger logger)
{
    // An arbitrary constant shared by every node: "Kitty" + "Cht" in ASCII (the Orleans schema uses another).
    private const long LockKey = 0x4B69747479_436874L;
    private const string ResourcePrefix = "Kitty.Storage.PostgreSql.Migrations.";

    // Same columns as the SQLite store's table: the version and when it was applied, in unix milliseconds.
    private const string CreateSql =
        "CREATE TABLE IF NOT EXISTS schema_migrations (version INTEGER NOT NULL PRIMARY KEY, applied_at BIGINT NOT NULL)";

    /// <summary>Every migration shipped with this build, in version order (the same versions as the SQLite store's).</summary>
    public static IReadOnlyList<SchemaMigration> Migrations { get; } = EmbeddedMigrations.Load(ResourcePrefix);

    /// <summary>Applies the pending migrations to the database; returns how many this call applied.</summary>
    public async Task<int> MigrateAsync(string connectionString, CancellationToken cancellationToken = default)
    {
        await using var connection = new NpgsqlConnection(connectionString);
        await connection.OpenAsync(cancellationToken);
        return await MigrateAsync(connection, cancellationToken);
    }

    /// <summary>Applies the pending migrations on an open connection; returns how many this call applied.</summary>
    public async Task<int> MigrateAsync(NpgsqlConnection connection, CancellationToken cancellationToken = default)
    {
        // Under the lock too: concurrent CREATE TABLE IF NOT EXISTS can still collide on the catalog's unique keys.
        await using (var transaction = await LockedTransaction(connection, cancellationToken))
        {
            await Execute(connection, transaction, CreateSql, cancellationToken);
            await transaction.CommitAsync(cancellationToken);
        }

        var applied = 0;
        foreach (var migration in Migrations)
        {
            await using var transaction = await LockedTransaction(connection, cancellationToken);
            await using (var check = new NpgsqlCommand("SELECT 1 FROM schema_migrations WHERE version = @version", connection, transaction))
            {
                check.Parameters.AddWithValue("version", migration.Version);
                if (await check.ExecuteScalarAsync(cancellationToken) is not null)
                {
                    continue;
                }
            }

            await Execute(connection, transaction, migration.Sql, cancellationToken);
            await using (var record = new NpgsqlCommand(
                "INSERT INTO schema_migrations (version, applied_at) VALUES (@version, @appliedAt)", connection, transaction))
            {
                record.Parameters.AddWithValue("version", migration.Version);
                record.Parameters.AddWithValue("appliedAt", DbTime.ToDb(DateTimeOffset.UtcNow));
                await record.ExecuteNonQueryAsync(cancellationToken);
            }

            await transaction.CommitAsync(cancellationToken);
            LogApplied(migration.Version, migration.Name);
            applied++;
        }

        return applied;
    }

    // The lock is released with the transaction, whether it commits, rolls back or the connection dies.
    private static async Task<NpgsqlTransaction> LockedTransaction(NpgsqlConnection connection, CancellationToken cancellationToken)
    {
        var transaction = await connection.BeginTransactionAsync(cancellationToken);
        try
        {
            await using var command = new NpgsqlCommand("SELECT pg_advisory_xact_lock(@key)", connection, transaction);
            command.Parameters.AddWithValue("key", LockKey);
            await command.ExecuteNonQueryAsync(cancellationToken);
            return transaction;
        }
        catch
        {
            await transaction.DisposeAsync();
            throw;
        }
    }

    private static async Task Execute(NpgsqlConnection connection, NpgsqlTransaction transaction, string sql, CancellationToken cancellationToken)
    {
        await using var command = new NpgsqlCommand(sql, connection, transaction);
        await command.ExecuteNonQueryAsync(cancellationToken);
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Applied PostgreSQL chat store migration {Version} ({Name})")]
    private partial void LogApplied(int version, string name);
}
