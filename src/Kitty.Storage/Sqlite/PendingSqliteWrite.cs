namespace Kitty.Storage.Sqlite;

/// <summary>A write waiting for its batch: run inside the batch's transaction, answered once the batch committed.</summary>
internal abstract class PendingSqliteWrite
{
    public abstract Task RunAsync(SqliteWriter writer);

    /// <summary>The batch committed: hand the write's result to its caller.</summary>
    public abstract void Complete();

    public abstract void Fail(Exception exception);
}

internal sealed class PendingSqliteWrite<T>(Func<SqliteWriter, Task<T>> work) : PendingSqliteWrite
{
    // Callers continue on their own schedulers, never on the write loop.
    private readonly TaskCompletionSource<T> _completion = new(TaskCreationOptions.RunContinuationsAsynchronously);
    private T? _result;

    public Task<T> Task => _completion.Task;

    public override async Task RunAsync(SqliteWriter writer) => _result = await work(writer);

    public override void Complete() => _completion.TrySetResult(_result!);

    public override void Fail(Exception exception) => _completion.TrySetException(exception);
}
