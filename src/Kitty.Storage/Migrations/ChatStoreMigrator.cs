using System.Globalization;
using System.Reflection;
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
    public static IReadOnlyList<SchemaMigration> Migrations { get; } = LoadEmbedded();

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

    private static List<SchemaMigration> LoadEmbedded()
    {
        var assembly = typeof(ChatStoreMigrator).Assembly;
        var migrations = assembly.GetManifestResourceNames()
            .Where(name => name.StartsWith(ResourcePrefix, StringComparison.Ordinal) && name.EndsWith(".sql", StringComparison.Ordinal))
            .Select(name => Load(assembly, name))
            .OrderBy(m => m.Version)
            .ToList();
        if (migrations.Select(m => m.Version).Distinct().Count() != migrations.Count)
        {
            throw new InvalidOperationException("Two chat store migrations share a version number.");
        }

        return migrations;
    }

    private static SchemaMigration Load(Assembly assembly, string resourceName)
    {
        var fileName = resourceName[ResourcePrefix.Length..^".sql".Length];
        var separator = fileName.IndexOf('_', StringComparison.Ordinal);
        var version = int.Parse(fileName[..separator], NumberStyles.None, CultureInfo.InvariantCulture);
        using var stream = assembly.GetManifestResourceStream(resourceName)!;
        using var reader = new StreamReader(stream);
        return new SchemaMigration(version, fileName[(separator + 1)..], reader.ReadToEnd());
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Applied chat store migration {Version} ({Name})")]
    private partial void LogApplied(int version, string name);
}
