namespace Kitty.LoadTests.Targets;

/// <summary>What went wrong or was retried during a run, counted from any thread.</summary>
internal sealed class FanoutCounters
{
    private int _sendErrors;
    private int _rateLimitRetries;
    private int _dispatchFailures;
    private int _reconnects;

    public int SendErrors => Volatile.Read(ref _sendErrors);
    public int RateLimitRetries => Volatile.Read(ref _rateLimitRetries);
    public int DispatchFailures => Volatile.Read(ref _dispatchFailures);
    public int Reconnects => Volatile.Read(ref _reconnects);

    public void SendError(int index, Exception e)
    {
        Interlocked.Increment(ref _sendErrors);
        Console.Error.WriteLine($"Send {index} failed: {e.Message}");
    }

    public void RateLimitRetry() => Interlocked.Increment(ref _rateLimitRetries);
    public void DispatchFailure() => Interlocked.Increment(ref _dispatchFailures);
    public void Reconnect() => Interlocked.Increment(ref _reconnects);
}
