using System.Data.Common;

namespace Kitty.Storage.Sql;

/// <summary>
/// The database under <see cref="Chat.SqlChatStore"/>: where its reads and writes run, and the dialect its SQL is
/// completed with. Every write is committed before its task completes.
/// </summary>
public interface IChatDatabase
{
    SqlDialect Dialect { get; }

    /// <summary>Runs a query on an open connection that is released afterwards.</summary>
    Task<T> ReadAsync<T>(Func<DbConnection, Task<T>> query);

    /// <summary>Runs <paramref name="work"/> in one transaction; nothing of it is kept when it throws.</summary>
    Task<T> WriteAsync<T>(Func<SqlWriter, Task<T>> work);

    /// <summary>
    /// Runs <paramref name="statements"/> as one write, after the earlier writes of <paramref name="partitionKey"/> (a
    /// channel's messages, say). The hot write path: a database may batch these with other writes. Answers the rows
    /// each statement affected.
    /// </summary>
    Task<int[]> ExecuteAsync(long partitionKey, IReadOnlyList<SqlStatement> statements);
}
