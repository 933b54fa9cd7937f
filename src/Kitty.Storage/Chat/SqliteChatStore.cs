using Kitty.Storage.Sqlite;
using Microsoft.Data.Sqlite;

namespace Kitty.Storage.Chat;

/// <summary>
/// The chat store on the embedded SQLite database. Each concern lives in its own partial file; all of them
/// write through <see cref="SqliteDatabase"/>'s single writer and read from its pooled readers.
/// </summary>
public sealed partial class SqliteChatStore(SqliteDatabase database) : IChatStore
{
    private Task<T> Read<T>(Func<SqliteConnection, Task<T>> query) => database.ReadAsync(query);

    private Task Write(Func<SqliteWriter, Task> work) => database.WriteAsync(work);

    private Task<T> Write<T>(Func<SqliteWriter, Task<T>> work) => database.WriteAsync(work);
}
