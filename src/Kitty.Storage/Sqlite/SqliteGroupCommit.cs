using System.Threading.Channels;

namespace Kitty.Storage.Sqlite;

/// <summary>
/// Group commit on SQLite's single write connection: writes that arrive while a transaction commits wait for the next
/// one and share it, so a thousand channels' trickles cost one commit (one WAL sync) per batch instead of one each.
/// A write completes only after its batch committed: acknowledged means durable.
/// <para>
/// Each write runs inside its own savepoint, one after another in arrival order: a write that fails is rolled back to
/// its savepoint and fails alone, the batch's other writes commit. A write must touch only the database and must not
/// commit or roll back itself.
/// </para>
/// </summary>
internal sealed class SqliteGroupCommit : IAsyncDisposable
{
    private const string WriteSavepoint = "kitty_write";
    private readonly Channel<PendingSqliteWrite> _pending = Channel.CreateUnbounded<PendingSqliteWrite>(new UnboundedChannelOptions { SingleReader = true });
    private readonly SqliteWriter _writer;
    private readonly int _maxBatch;
    private readonly Task _writing;

    /// <param name="maxBatch">Most writes in one transaction: bounds how long the first of them waits.</param>
    public SqliteGroupCommit(SqliteWriter writer, int maxBatch = 256)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(maxBatch, 1);
        _writer = writer;
        _maxBatch = maxBatch;
        _writing = Task.Run(WriteLoopAsync);
    }

    public Task<T> WriteAsync<T>(Func<SqliteWriter, Task<T>> work)
    {
        var pending = new PendingSqliteWrite<T>(work);
        return _pending.Writer.TryWrite(pending) ? pending.Task : Task.FromException<T>(new ObjectDisposedException(nameof(SqliteDatabase)));
    }

    /// <summary>Stops taking writes, finishes those already taken.</summary>
    public async ValueTask DisposeAsync()
    {
        _pending.Writer.TryComplete();
        await _writing;
    }

    private async Task WriteLoopAsync()
    {
        var batch = new List<PendingSqliteWrite>(_maxBatch);
        var done = new List<PendingSqliteWrite>(_maxBatch);
        while (await _pending.Reader.WaitToReadAsync())
        {
            while (batch.Count < _maxBatch && _pending.Reader.TryRead(out var next)) batch.Add(next);
            await CommitAsync(batch, done);
            batch.Clear();
            done.Clear();
        }
    }

    private async Task CommitAsync(List<PendingSqliteWrite> batch, List<PendingSqliteWrite> done)
    {
        try
        {
            _writer.Begin();
            foreach (var write in batch)
            {
                _writer.Save(WriteSavepoint);
                try
                {
                    await write.RunAsync(_writer);
                    _writer.Release(WriteSavepoint);
                    done.Add(write);
                }
                catch (Exception e)
                {
                    _writer.RollbackTo(WriteSavepoint);
                    write.Fail(e);
                }
            }

            _writer.Commit();
        }
        catch (Exception e)
        {
            // The commit (or the transaction around the writes) failed: nothing of the batch is kept, and every write
            // of it not answered yet fails.
            RollBackQuietly();
            foreach (var write in batch) write.Fail(e);
            return;
        }

        foreach (var write in done) write.Complete();
    }

    private void RollBackQuietly()
    {
        try
        {
            _writer.Rollback();
        }
        catch (Exception)
        {
            // Already rolled back by SQLite (e.g. a failed COMMIT); the writer has forgotten the transaction either way.
        }
    }
}
