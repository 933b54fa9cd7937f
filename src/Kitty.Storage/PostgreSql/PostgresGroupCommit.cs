using System.Threading.Channels;
using Kitty.Storage.Sql;
using Npgsql;

namespace Kitty.Storage.PostgreSql;

/// <summary>
/// Group commit for PostgreSQL writes: writes that arrive while a transaction is committing wait for the next one, and
/// then share it, so one channel's burst and many channels' trickles both cost one commit (one WAL flush) per batch,
/// not per write. A write completes only after its batch committed: acknowledged means durable.
/// <para>
/// A write is a unit of commands given the batch's connection and transaction. Writes run optimistically in one
/// transaction; when one fails (a stale writer's seq conflict, a constraint), the batch is rolled back and its writes
/// run again one transaction each, so only the failing write fails and nothing of it is kept. A write must therefore
/// touch only the database (it may run twice) and must not commit or roll back itself.
/// </para>
/// </summary>
public sealed class PostgresGroupCommit : IAsyncDisposable
{
    private readonly NpgsqlDataSource _dataSource;
    private readonly int _maxBatch;
    private readonly Channel<IPendingWrite>[] _lanes;
    private readonly Task[] _writing;

    /// <param name="dataSource">Where the writes go.</param>
    /// <param name="lanes">
    /// Batches committing side by side, each on its own connection: one lane's round trips would otherwise cap the
    /// rate. Writes of one partition key always take the same lane, so they commit in the order they were made.
    /// </param>
    /// <param name="maxBatch">Most writes in one transaction.</param>
    public PostgresGroupCommit(NpgsqlDataSource dataSource, int lanes = 2, int maxBatch = 512)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(lanes, 1);
        ArgumentOutOfRangeException.ThrowIfLessThan(maxBatch, 1);
        _dataSource = dataSource;
        _maxBatch = maxBatch;
        _lanes = [.. Enumerable.Range(0, lanes).Select(_ => Channel.CreateUnbounded<IPendingWrite>(new UnboundedChannelOptions { SingleReader = true }))];
        _writing = [.. _lanes.Select(lane => Task.Run(() => WriteLoopAsync(lane)))];
    }

    /// <summary>
    /// Runs <paramref name="write"/> in the next batch of its partition's lane (e.g. the channel id for a channel's
    /// messages); completes once that batch committed.
    /// </summary>
    public Task<T> WriteAsync<T>(long partitionKey, Func<NpgsqlConnection, NpgsqlTransaction, Task<T>> write)
    {
        var pending = new PendingWrite<T>(write);
        Enqueue(partitionKey, pending);
        return pending.Task;
    }

    /// <summary>
    /// Runs <paramref name="statements"/> in the next batch of its partition's lane; consecutive statement writes of a
    /// batch travel to the server together, in one round trip. Answers the rows each statement affected, once the
    /// batch committed.
    /// </summary>
    public Task<int[]> ExecuteAsync(long partitionKey, IReadOnlyList<SqlStatement> statements)
    {
        var pending = new PendingStatements(statements);
        Enqueue(partitionKey, pending);
        return pending.Task;
    }

    private void Enqueue(long partitionKey, IPendingWrite write)
    {
        var lane = _lanes[(int)((ulong)partitionKey % (ulong)_lanes.Length)];
        if (!lane.Writer.TryWrite(write)) throw new ObjectDisposedException(nameof(PostgresGroupCommit));
    }

    /// <summary>Stops taking writes, finishes the ones already queued.</summary>
    public async ValueTask DisposeAsync()
    {
        foreach (var lane in _lanes) lane.Writer.TryComplete();
        await Task.WhenAll(_writing);
    }

    private async Task WriteLoopAsync(Channel<IPendingWrite> lane)
    {
        var batch = new List<IPendingWrite>(_maxBatch);
        while (await lane.Reader.WaitToReadAsync())
        {
            while (batch.Count < _maxBatch && lane.Reader.TryRead(out var write)) batch.Add(write);
            try
            {
                await using var connection = await _dataSource.OpenConnectionAsync();
                if (!await TryCommitTogetherAsync(connection, batch))
                {
                    foreach (var write in batch) await CommitAloneAsync(connection, write);
                }
            }
            catch (Exception e)
            {
                // No connection, or the connection failed under the batch: none of it is known to be durable.
                foreach (var write in batch) write.Fail(e);
            }

            batch.Clear();
        }
    }

    private static async Task<bool> TryCommitTogetherAsync(NpgsqlConnection connection, List<IPendingWrite> batch)
    {
        if (batch.Count == 1) return false;
        await using var transaction = await connection.BeginTransactionAsync();
        try
        {
            var statements = new List<PendingStatements>();
            foreach (var write in batch)
            {
                if (write is PendingStatements pending)
                {
                    statements.Add(pending);
                    continue;
                }

                await PendingStatements.RunTogetherAsync(statements, connection, transaction);
                statements.Clear();
                await write.RunAsync(connection, transaction);
            }

            await PendingStatements.RunTogetherAsync(statements, connection, transaction);
        }
        catch (Exception e) when (IsTheWritesOwn(e))
        {
            await transaction.RollbackAsync();
            return false;
        }

        await transaction.CommitAsync();
        foreach (var write in batch) write.Complete();
        return true;
    }

    private static async Task CommitAloneAsync(NpgsqlConnection connection, IPendingWrite write)
    {
        await using var transaction = await connection.BeginTransactionAsync();
        try
        {
            await write.RunAsync(connection, transaction);
        }
        catch (Exception e) when (IsTheWritesOwn(e))
        {
            await transaction.RollbackAsync();
            write.Fail(e);
            return;
        }

        await transaction.CommitAsync();
        write.Complete();
    }

    // A failure of the write itself (the server refused a statement, or the write's own code threw); anything else
    // from Npgsql is the connection failing, which takes the whole batch down.
    private static bool IsTheWritesOwn(Exception exception) => exception is PostgresException || exception is not NpgsqlException;

    private interface IPendingWrite
    {
        Task RunAsync(NpgsqlConnection connection, NpgsqlTransaction transaction);
        void Complete();
        void Fail(Exception exception);
    }

    private sealed class PendingStatements(IReadOnlyList<SqlStatement> statements) : IPendingWrite
    {
        private readonly TaskCompletionSource<int[]> _done = new(TaskCreationOptions.RunContinuationsAsynchronously);
        private readonly IReadOnlyList<SqlStatement> _statements = statements;
        private int[] _rows = [];

        public Task<int[]> Task => _done.Task;

        public Task RunAsync(NpgsqlConnection connection, NpgsqlTransaction transaction) => RunTogetherAsync([this], connection, transaction);

        /// <summary>The statements of several writes as one batch: one round trip.</summary>
        public static async Task RunTogetherAsync(IReadOnlyList<PendingStatements> writes, NpgsqlConnection connection, NpgsqlTransaction transaction)
        {
            if (writes.Count == 0) return;
            await using var batch = new NpgsqlBatch(connection, transaction);
            foreach (var write in writes)
            {
                foreach (var statement in write._statements) batch.BatchCommands.Add(ToBatchCommand(statement));
            }

            await batch.ExecuteNonQueryAsync();
            var next = 0;
            foreach (var write in writes)
            {
                write._rows = [.. Enumerable.Range(next, write._statements.Count).Select(i => batch.BatchCommands[i].RecordsAffected)];
                next += write._statements.Count;
            }
        }

        public void Complete() => _done.TrySetResult(_rows);

        // A fresh command each time: a batch command belongs to one batch, and a failed batch is sent again write by write.
        private static NpgsqlBatchCommand ToBatchCommand(SqlStatement statement)
        {
            var command = new NpgsqlBatchCommand(statement.Sql);
            foreach (var (name, value) in statement.Parameters) command.Parameters.AddWithValue(name, value ?? DBNull.Value);
            return command;
        }

        public void Fail(Exception exception) => _done.TrySetException(exception);
    }

    private sealed class PendingWrite<T>(Func<NpgsqlConnection, NpgsqlTransaction, Task<T>> write) : IPendingWrite
    {
        private readonly TaskCompletionSource<T> _done = new(TaskCreationOptions.RunContinuationsAsynchronously);
        private T? _result;

        public Task<T> Task => _done.Task;

        public async Task RunAsync(NpgsqlConnection connection, NpgsqlTransaction transaction) =>
            _result = await write(connection, transaction);

        public void Complete() => _done.TrySetResult(_result!);

        public void Fail(Exception exception) => _done.TrySetException(exception);
    }
}
