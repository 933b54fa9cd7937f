using Kitty.Storage.PostgreSql;
using Microsoft.Extensions.Logging.Abstractions;
using Npgsql;

namespace Kitty.Server.Hosting;

/// <summary>
/// <c>dotnet run --project src/Kitty.Server -- migrate-postgres "Host=...;Database=..."</c>: applies Orleans'
/// schema (clustering, grain state, reminders) and the chat store's migrations to a PostgreSQL database and exits.
/// Both are idempotent and safe while other nodes start, so operators can run it before a deploy or not at all.
/// </summary>
public static class PostgresMigrateCommand
{
    public const string Name = "migrate-postgres";

    /// <summary>Exit code 0 when the database is up to date, 1 when it could not be reached or migrated, 2 on bad usage.</summary>
    public static async Task<int> RunAsync(IReadOnlyList<string> args, TextWriter output, TextWriter error, CancellationToken cancellationToken = default)
    {
        if (args.Count != 1 || string.IsNullOrWhiteSpace(args[0]))
        {
            await error.WriteLineAsync($"Usage: Kitty.Server {Name} \"<Npgsql connection string>\"");
            return 2;
        }

        string connectionString;
        try
        {
            connectionString = new NpgsqlConnectionStringBuilder(args[0]).ConnectionString;
        }
        catch (ArgumentException e)
        {
            await error.WriteLineAsync($"Not an Npgsql connection string: {e.Message}");
            return 2;
        }

        try
        {
            await OrleansPostgresSchema.ApplyAsync(connectionString, cancellationToken);
            var applied = await new PostgresChatStoreMigrator(NullLogger.Instance).MigrateAsync(connectionString, cancellationToken);
            await output.WriteLineAsync($"Orleans schema is up to date; chat store: {applied} migration(s) applied, " +
                $"{PostgresChatStoreMigrator.Migrations.Count} in all.");
            return 0;
        }
        catch (Exception e) when (e is NpgsqlException or InvalidOperationException)
        {
            await error.WriteLineAsync($"Could not migrate the database: {e.Message}");
            return 1;
        }
    }
}
