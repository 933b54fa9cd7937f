using System.Threading.Channels;

namespace Kitty.Client.Sessions;

/// <summary>
/// One queue of work run in order on one task: incoming events and the chat-session bookkeeping that must
/// not interleave with them. It runs off SignalR's receive loop, so work may call the hub (catch-up)
/// without deadlocking the connection.
/// </summary>
internal sealed class EventLoop : IAsyncDisposable
{
    private readonly Channel<Func<Task>> _work = Channel.CreateUnbounded<Func<Task>>(new UnboundedChannelOptions { SingleReader = true });
    private readonly Action<Exception> _onFailure;
    private readonly Task _runner;

    public EventLoop(Action<Exception> onFailure)
    {
        _onFailure = onFailure;
        _runner = Task.Run(ProcessAsync);
    }

    /// <summary>Queues work; it runs after everything queued before it. After disposal, work is dropped.</summary>
    public bool Post(Func<Task> work) => _work.Writer.TryWrite(work);

    /// <summary>Queues work and waits for it to run.</summary>
    public Task<T> RunAsync<T>(Func<Task<T>> work)
    {
        var done = new TaskCompletionSource<T>(TaskCreationOptions.RunContinuationsAsynchronously);
        var queued = Post(async () =>
        {
            try
            {
                done.TrySetResult(await work());
            }
            catch (Exception e)
            {
                done.TrySetException(e);
            }
        });
        return queued ? done.Task : Task.FromException<T>(new ObjectDisposedException(nameof(KittyClient)));
    }

    public async ValueTask DisposeAsync()
    {
        _work.Writer.TryComplete();
        await _runner;
    }

    private async Task ProcessAsync()
    {
        await foreach (var work in _work.Reader.ReadAllAsync())
        {
            try
            {
                await work();
            }
            catch (Exception e)
            {
                _onFailure(e);
            }
        }
    }
}
