using Xunit;

namespace Kitty.Testing;

/// <summary>
/// A test class whose every test gets a fresh PostgreSQL database (<see cref="PostgresTestDatabase"/>). A test that
/// reads <see cref="Database"/> is skipped, saying how to enable it, when <c>KITTY_TEST_POSTGRES</c> is not set.
/// </summary>
public abstract class PostgresDatabaseTest : IAsyncLifetime
{
    private PostgresTestDatabase? _database;

    /// <summary>This test's database; skips the test (it must be a SkippableFact) when there is none.</summary>
    protected PostgresTestDatabase Database
    {
        get
        {
            Skip.If(_database is null, PostgresTestDatabase.SkipReason);
            return _database;
        }
    }

    public async Task InitializeAsync() => _database = await PostgresTestDatabase.CreateAsync();

    public async Task DisposeAsync()
    {
        if (_database is not null) await _database.DisposeAsync();
    }
}
