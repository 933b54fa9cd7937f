using System.Data.Common;
using Kitty.Storage.Sql;

namespace Kitty.Storage.Chat;

/// <summary>
/// The chat store, written once in SQL that SQLite and PostgreSQL both read; the database supplies connections,
/// transactions and the few dialect differences. Each concern lives in its own partial file.
/// </summary>
public sealed partial class SqlChatStore(IChatDatabase database) : IChatStore
{
    private SqlDialect Dialect => database.Dialect;

    private Task<T> Read<T>(Func<DbConnection, Task<T>> query) => database.ReadAsync(query);

    private Task Write(Func<SqlWriter, Task> work) => database.WriteAsync(async writer =>
    {
        await work(writer);
        return true;
    });

    private Task<T> Write<T>(Func<SqlWriter, Task<T>> work) => database.WriteAsync(work);
}
