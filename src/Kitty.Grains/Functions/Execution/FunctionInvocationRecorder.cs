using System.Threading.Channels;
using Kitty.Abstractions.Functions;
using Kitty.Storage;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace Kitty.Grains.Functions.Execution;

/// <summary>
/// Writes invocation records behind the invocations, in batches: one store transaction carries every record that
/// arrived while the previous one committed, and a RUNNING record superseded by its outcome in the same batch is
/// never written. Records are diagnostics, not chat data: a blocking function must not wait for two synced writes
/// of its own log before it may admit a session or a message. Listings flush first, so they read what ran on this
/// node; on shutdown the queue is drained. A batch lingers a few milliseconds after its first record unless a flush
/// waits: a short invocation's outcome then supersedes its RUNNING record in the same write, and the write runs after
/// the invocation instead of competing with it for the CPU.
/// </summary>
public sealed partial class FunctionInvocationRecorder(IChatStore store, ILogger<FunctionInvocationRecorder> logger) : IHostedService
{
    private const int MaxBatch = 512;
    private static readonly TimeSpan Linger = TimeSpan.FromMilliseconds(5);

    private readonly Channel<Entry> _queue = Channel.CreateUnbounded<Entry>(new UnboundedChannelOptions { SingleReader = true });
    private Task? _writing;

    // Completed by a flush, so a lingering batch is written at once; replaced once the writer has seen it completed.
    private TaskCompletionSource _flushRequested = new(TaskCreationOptions.RunContinuationsAsynchronously);

    public void Record(ChatFunctionInvocation invocation) => _queue.Writer.TryWrite(new Entry(invocation, null));

    /// <summary>Completes once every record queued before the call is in the store.</summary>
    public Task FlushAsync()
    {
        var flushed = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        if (!_queue.Writer.TryWrite(new Entry(null, flushed))) return Task.CompletedTask;
        Volatile.Read(ref _flushRequested).TrySetResult();
        return flushed.Task;
    }

    public Task StartAsync(CancellationToken cancellationToken)
    {
        _writing = Task.Run(WriteAsync, CancellationToken.None);
        return Task.CompletedTask;
    }

    public async Task StopAsync(CancellationToken cancellationToken)
    {
        _queue.Writer.TryComplete();
        // A stop that may not wait (a killed silo) leaves what is still queued unwritten rather than failing the stop.
        if (_writing is { } writing) await writing.WaitAsync(cancellationToken).ConfigureAwait(ConfigureAwaitOptions.SuppressThrowing);
    }

    private async Task WriteAsync()
    {
        var batch = new Dictionary<long, ChatFunctionInvocation>();
        var order = new List<long>();
        var flushes = new List<TaskCompletionSource>();
        while (await _queue.Reader.WaitToReadAsync())
        {
            var flushRequested = Volatile.Read(ref _flushRequested);
            await Task.WhenAny(Task.Delay(Linger), flushRequested.Task);
            if (flushRequested.Task.IsCompleted)
            {
                // A flush that arrives after this swap completes the new source; one that arrived before is in the queue.
                Volatile.Write(ref _flushRequested, new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously));
            }

            while (order.Count < MaxBatch && _queue.Reader.TryRead(out var entry))
            {
                if (entry.Flushed is { } flushed)
                {
                    flushes.Add(flushed);
                }
                else if (entry.Invocation is { } invocation)
                {
                    if (!batch.ContainsKey(invocation.Id)) order.Add(invocation.Id);
                    batch[invocation.Id] = invocation;
                }
            }

            await WriteBatchAsync([.. order.Select(id => batch[id])]);
            batch.Clear();
            order.Clear();
            flushes.ForEach(flush => flush.TrySetResult());
            flushes.Clear();
        }
    }

    private async Task WriteBatchAsync(IReadOnlyList<ChatFunctionInvocation> invocations)
    {
        if (invocations.Count == 0) return;
        try
        {
            await store.UpsertFunctionInvocations(invocations);
        }
        catch (Exception e)
        {
            LogWriteFailed(e, invocations.Count);
        }
    }

    [LoggerMessage(Level = LogLevel.Error, Message = "Could not record {Count} chat function invocations; they are missing from the listings")]
    private partial void LogWriteFailed(Exception exception, int count);

    private readonly record struct Entry(ChatFunctionInvocation? Invocation, TaskCompletionSource? Flushed);
}
