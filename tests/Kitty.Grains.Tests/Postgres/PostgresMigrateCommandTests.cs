using Kitty.Server.Hosting;
using Kitty.Storage.PostgreSql;
using Kitty.Testing;

namespace Kitty.Grains.Tests.Postgres;

/// <summary>The documented <c>migrate-postgres</c> command: both schemas, idempotent, clear about bad input.</summary>
public sealed class PostgresMigrateCommandTests : PostgresDatabaseTest
{
    [SkippableFact]
    public async Task Migrate_CreatesTheOrleansAndChatStoreSchemas_AndAgainChangesNothing()
    {
        var (first, firstOutput, _) = await Run(Database.ConnectionString);
        var (second, secondOutput, _) = await Run(Database.ConnectionString);

        Assert.Equal((0, 0), (first, second));
        Assert.Contains($"chat store: {PostgresChatStoreMigrator.Migrations.Count} migration(s) applied", firstOutput, StringComparison.Ordinal);
        Assert.Contains("chat store: 0 migration(s) applied", secondOutput, StringComparison.Ordinal);
        Assert.Equal(1L, await Database.ScalarAsync("SELECT count(*) FROM orleansquery WHERE querykey = 'WriteToStorageKey'"));
        Assert.Equal(1L, await Database.ScalarAsync("SELECT count(*) FROM information_schema.tables WHERE table_name = 'messages'"));
    }

    [Theory]
    [InlineData(new string[0], 2, "Usage: Kitty.Server migrate-postgres")]
    [InlineData(new[] { "Nonsense Key=1" }, 2, "Not an Npgsql connection string")]
    [InlineData(new[] { "Host=127.0.0.1;Port=1;Username=nobody;Password=x;Database=none;Timeout=2" }, 1, "Could not migrate the database")]
    public async Task BadUsage_OrAnUnreachableDatabase_ExitsNonZeroWithAClearMessage(string[] args, int exitCode, string message)
    {
        using var output = new StringWriter();
        using var error = new StringWriter();

        var code = await PostgresMigrateCommand.RunAsync(args, output, error);

        Assert.Equal(exitCode, code);
        Assert.StartsWith(message, error.ToString(), StringComparison.Ordinal);
    }

    private static async Task<(int Code, string Output, string Error)> Run(string connectionString)
    {
        using var output = new StringWriter();
        using var error = new StringWriter();
        var code = await PostgresMigrateCommand.RunAsync([connectionString], output, error);
        return (code, output.ToString(), error.ToString());
    }
}
