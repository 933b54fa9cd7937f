using System.Data.Common;
using Kitty.Storage.Sql;
using Npgsql;

namespace Kitty.Storage.PostgreSql;

/// <summary>
/// The chat store's database on PostgreSQL. Writes go through a <see cref="PostgresGroupCommit"/>, so concurrent writes
/// share commits; reads take pooled connections of their own. Owns the data source it is given.
/// </summary>
public sealed class PostgresChatDatabase : IChatDatabase, IAsyncDisposable
{
    // Writes with no order of their own to keep (everything but a channel's messages) share one partition.
    private const long SharedPartition = 0;

    private readonly NpgsqlDataSource _dataSource;
    private readonly PostgresGroupCommit _groupCommit;

    public PostgresChatDatabase(NpgsqlDataSource dataSource)
    {
        _dataSource = dataSource;
        _groupCommit = new PostgresGroupCommit(dataSource);
    }

    public SqlDialect Dialect => PostgresDialect.Instance;

    public async Task<T> ReadAsync<T>(Func<DbConnection, Task<T>> query)
    {
        await using var connection = await _dataSource.OpenConnectionAsync();
        return await query(connection);
    }

    public Task<T> WriteAsync<T>(Func<SqlWriter, Task<T>> work) => _groupCommit.WriteAsync(SharedPartition, async (connection, transaction) =>
    {
        await using var writer = new PostgresWriter(connection, transaction);
        return await work(writer);
    });

    public Task<int[]> ExecuteAsync(long partitionKey, IReadOnlyList<SqlStatement> statements) =>
        _groupCommit.ExecuteAsync(partitionKey, statements);

    /// <summary>Finishes the writes already taken, then closes the data source.</summary>
    public async ValueTask DisposeAsync()
    {
        await _groupCommit.DisposeAsync();
        await _dataSource.DisposeAsync();
    }
}
