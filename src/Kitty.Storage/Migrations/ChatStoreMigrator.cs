using Kitty.Storage.Sql;
using Kitty.Storage.Sqlite;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.Logging;

namespace Kitty.Storage.Migrations;

/// <summary>
/// Applies the embedded <c>Migrations/Sql/NNNN_name.sql</c> scripts that a database has not seen yet, each in
/// its own transaction together with its <c>schema_migrations</c> row, so a crash never leaves half a version.
/// </summary>
public sealed partial class ChatStoreMigrator(ILogger logger)
{
    private const string ResourcePrefix = "Kitty.Storage.Migrations.";

    /// <summary>Every migration shipped with this build, in version order.</summary>
    public static IReadOnlyList<SchemaMigration> Migrations { get; } = EmbeddedMigrations.Load(ResourcePrefix);

    /// <summary>Applies the pending migrations on an open read-write connection; returns how many were applied.</summary>
    public async Task<int> MigrateAsync(SqliteConnection connection, CancellationToken cancellationToken = default)
    {
        await using (var create = connection.Query(
            "CREATE TABLE IF NOT EXISTS schema_migrations (version INTEGER NOT NULL PRIMARY KEY, applied_at INTEGER NOT NULL);"))
        {
            await create.ExecuteNonQueryAsync(cancellationToken);
        }

        var applied = 0;
        foreach (var migration in Migrations)
        {
            // An immediate transaction takes the write lock first, so two processes cannot both apply a version.
            await using var transaction = (SqliteTransaction)await connection.BeginTransactionAsync(cancellationToken);
            await using var check = connection.Query("SELECT 1 FROM schema_migrations WHERE version = $v").With("$v", migration.Version);
            check.Transaction = transaction;
            if (await check.ExistsAsync())
            {
                continue;
            }

            await using var script = connection.Query(migration.Sql);
            script.Transaction = transaction;
            await script.ExecuteNonQueryAsync(cancellationToken);
            await using var record = connection.Query("INSERT INTO schema_migrations (version, applied_at) VALUES ($v, $t)")
                .With("$v", migration.Version)
                .With("$t", DbTime.ToDb(DateTimeOffset.UtcNow));
            record.Transaction = transaction;
            await record.ExecuteNonQueryAsync(cancellationToken);
            await transaction.CommitAsync(cancellationToken);
            LogApplied(migration.Version, migration.Name);
            applied++;
        }

        return applied;
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Applied chat store migration {Version} ({Name})")]
    private partial void LogApplied(int version, string name);
}
