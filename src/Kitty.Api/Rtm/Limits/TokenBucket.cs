namespace Kitty.Api.Rtm.Limits;

/// <summary>
/// A token bucket: holds up to <c>capacity</c> tokens, refilled at <c>ratePerSecond</c>; a call takes one.
/// Thread-safe (a connection's calls may run concurrently).
/// </summary>
internal sealed class TokenBucket(double ratePerSecond, double capacity, TimeProvider time)
{
    private readonly double limit = capacity;
    private readonly Lock gate = new();
    private double tokens = capacity;
    private long updated = time.GetTimestamp();

    /// <summary>Takes a token; when there is none, says how long until there is one.</summary>
    public bool TryTake(out TimeSpan retryAfter)
    {
        lock (gate)
        {
            var now = time.GetTimestamp();
            tokens = Math.Min(limit, tokens + (time.GetElapsedTime(updated, now).TotalSeconds * ratePerSecond));
            updated = now;
            if (tokens >= 1)
            {
                tokens -= 1;
                retryAfter = TimeSpan.Zero;
                return true;
            }

            retryAfter = TimeSpan.FromSeconds((1 - tokens) / ratePerSecond);
            return false;
        }
    }
}
