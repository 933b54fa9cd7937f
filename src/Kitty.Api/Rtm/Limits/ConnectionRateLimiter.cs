using System.Globalization;
using Kitty.Abstractions.Errors;
using Kitty.Api.Hosting;

namespace Kitty.Api.Rtm.Limits;

/// <summary>
/// A connection's rate limits: messages, keystrokes and other calls, each a token bucket with a burst of
/// twice its rate. Exceeding one is a <c>RateLimitedError</c> naming the cool-off as ISO-8601 <c>PT&lt;n&gt;S</c>.
/// </summary>
internal sealed class ConnectionRateLimiter(KittyApiOptions options, TimeProvider time)
{
    private readonly TokenBucket messages = Bucket(options.MessagesPerSecond, time);
    private readonly TokenBucket keystrokes = Bucket(options.KeystrokesPerSecond, time);
    private readonly TokenBucket calls = Bucket(options.CallsPerSecond, time);

    public void Check(string method)
    {
        var (bucket, what) = method switch
        {
            "SendMessage" => (messages, "messages"),
            "SendKeystrokes" => (keystrokes, "keystrokes"),
            _ => (calls, "calls"),
        };
        if (!bucket.TryTake(out var retryAfter))
        {
            throw new KittyException(KittyError.RateLimitedError, RefusalMessage(what, retryAfter));
        }
    }

    public static string RefusalMessage(string what, TimeSpan retryAfter)
    {
        var seconds = Math.Max(1, (int)Math.Ceiling(retryAfter.TotalSeconds));
        return string.Create(CultureInfo.InvariantCulture, $"Too many {what}; retry later coolOffDuration=PT{seconds}S");
    }

    private static TokenBucket Bucket(double rate, TimeProvider time) => new(rate, Math.Max(1, rate * 2), time);
}
