using Npgsql;

namespace Kitty.Testing;

/// <summary>
/// A fresh PostgreSQL database (kitty_&lt;guid&gt;) on the server that <c>KITTY_TEST_POSTGRES</c> points at, dropped on
/// dispose. Without the variable there is none, and tests skip with <see cref="SkipReason"/>.
/// </summary>
public sealed class PostgresTestDatabase : IAsyncDisposable
{
    /// <summary>The variable holding an Npgsql connection string for a role that may create databases.</summary>
    public const string Variable = "KITTY_TEST_POSTGRES";

    /// <summary>What a skipped test says.</summary>
    public const string SkipReason =
        $"PostgreSQL tests are off: set {Variable} to an Npgsql connection string of a role with CREATEDB " +
        "(e.g. Host=127.0.0.1;Port=5432;Username=kitty;Password=kitty;Database=kitty_test); .ci/postgres sets it.";

    private readonly string _serverConnectionString;

    private PostgresTestDatabase(string serverConnectionString, string name)
    {
        _serverConnectionString = serverConnectionString;
        Name = name;
        ConnectionString = new NpgsqlConnectionStringBuilder(serverConnectionString) { Database = name }.ConnectionString;
    }

    /// <summary>Whether <see cref="Variable"/> is set.</summary>
    public static bool IsConfigured => !string.IsNullOrWhiteSpace(Environment.GetEnvironmentVariable(Variable));

    public string Name { get; }

    /// <summary>A connection string to this database.</summary>
    public string ConnectionString { get; }

    /// <summary>Creates a fresh database, or returns null when <see cref="Variable"/> is not set.</summary>
    public static async Task<PostgresTestDatabase?> CreateAsync()
    {
        var server = Environment.GetEnvironmentVariable(Variable);
        return string.IsNullOrWhiteSpace(server) ? null : await CreateAsync(server);
    }

    /// <summary>Creates a fresh database on the server of <paramref name="serverConnectionString"/> (e.g. for a load run).</summary>
    public static async Task<PostgresTestDatabase> CreateAsync(string serverConnectionString)
    {
        var database = new PostgresTestDatabase(serverConnectionString, $"kitty_{Guid.NewGuid():N}");
        await database.ExecuteOnServer($"CREATE DATABASE {database.Name}");
        return database;
    }

    /// <summary>Opens a connection to this database.</summary>
    public async Task<NpgsqlConnection> OpenAsync()
    {
        var connection = new NpgsqlConnection(ConnectionString);
        await connection.OpenAsync();
        return connection;
    }

    /// <summary>Runs a query on this database and returns its first column of its first row.</summary>
    public async Task<object?> ScalarAsync(string sql)
    {
        await using var connection = await OpenAsync();
        await using var command = new NpgsqlCommand(sql, connection);
        var value = await command.ExecuteScalarAsync();
        return value is DBNull ? null : value;
    }

    public async ValueTask DisposeAsync()
    {
        await using (var connection = new NpgsqlConnection(ConnectionString))
        {
            NpgsqlConnection.ClearPool(connection);
        }

        // FORCE ends connections a killed silo may have left behind, but not an autovacuum worker (a superuser's
        // process), which the many tables of a fresh schema invite; it is done within moments.
        for (var attempt = 1; ; attempt++)
        {
            try
            {
                await ExecuteOnServer($"DROP DATABASE IF EXISTS {Name} WITH (FORCE)");
                return;
            }
            catch (PostgresException e) when (e.SqlState == PostgresErrorCodes.InsufficientPrivilege && attempt < 100)
            {
                await Task.Delay(50);
            }
        }
    }

    private async Task ExecuteOnServer(string sql)
    {
        await using var connection = new NpgsqlConnection(_serverConnectionString);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand(sql, connection);
        await command.ExecuteNonQueryAsync();
    }
}
