using System.Data.Common;
using Kitty.Storage.Sql;
using Microsoft.Data.Sqlite;

namespace Kitty.Storage.Sqlite;

/// <summary>
/// The single write connection and its current transaction. Commands are cached by SQL text so the hot
/// paths (appending messages, writing grain state) reuse their prepared statements.
/// </summary>
internal sealed class SqliteWriter(SqliteConnection connection) : SqlWriter, IAsyncDisposable
{
    private readonly Dictionary<string, SqliteCommand> _commands = new(StringComparer.Ordinal);
    private SqliteTransaction? _transaction;

    public SqliteConnection Connection => connection;

    /// <summary>A prepared command for <paramref name="sql"/> with no parameters, in the current transaction.</summary>
    public override DbCommand Command(string sql) => Prepared(sql);

    private SqliteCommand Prepared(string sql)
    {
        if (!_commands.TryGetValue(sql, out var command))
        {
            command = connection.CreateCommand();
            command.CommandText = sql;
            _commands.Add(sql, command);
        }

        command.Parameters.Clear();
        command.Transaction = _transaction;
        return command;
    }

    public void Begin() => _transaction = connection.BeginTransaction(deferred: false);

    public void Save(string savepoint) => Transaction.Save(savepoint);

    public void Release(string savepoint) => Transaction.Release(savepoint);

    /// <summary>Undoes everything since the savepoint and drops it; the transaction goes on.</summary>
    public void RollbackTo(string savepoint)
    {
        Transaction.Rollback(savepoint);
        Transaction.Release(savepoint);
    }

    private SqliteTransaction Transaction => _transaction ?? throw new InvalidOperationException("No write transaction is open.");

    public void Commit()
    {
        _transaction?.Commit();
        EndTransaction();
    }

    public void Rollback()
    {
        _transaction?.Rollback();
        EndTransaction();
    }

    public async ValueTask DisposeAsync()
    {
        foreach (var command in _commands.Values)
        {
            await command.DisposeAsync();
        }

        _commands.Clear();
        await connection.DisposeAsync();
    }

    private void EndTransaction()
    {
        _transaction?.Dispose();
        _transaction = null;
    }
}
