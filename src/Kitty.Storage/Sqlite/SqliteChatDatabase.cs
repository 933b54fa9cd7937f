using System.Data.Common;
using Kitty.Storage.Sql;

namespace Kitty.Storage.Sqlite;

/// <summary>The chat store's database on the embedded SQLite file: one writer, pooled readers.</summary>
public sealed class SqliteChatDatabase(SqliteDatabase database) : IChatDatabase
{
    public SqlDialect Dialect => SqliteDialect.Instance;

    public Task<T> ReadAsync<T>(Func<DbConnection, Task<T>> query) => database.ReadAsync(query);

    public Task<T> WriteAsync<T>(Func<SqlWriter, Task<T>> work) => database.WriteAsync(work);

    // SQLite has one writer: the partition adds no order the writer's queue does not already keep.
    public Task<int[]> ExecuteAsync(long partitionKey, IReadOnlyList<SqlStatement> statements) => database.WriteAsync(async writer =>
    {
        var affected = new int[statements.Count];
        for (var i = 0; i < statements.Count; i++)
        {
            var command = writer.Command(statements[i].Sql);
            foreach (var (name, value) in statements[i].Parameters) command.With(name, value);
            affected[i] = await command.ExecuteNonQueryAsync();
        }

        return affected;
    });
}
