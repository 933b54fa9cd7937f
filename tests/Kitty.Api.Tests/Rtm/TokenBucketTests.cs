using Kitty.Abstractions.Errors;
using Kitty.Api.Hosting;
using Kitty.Api.Rtm.Limits;

namespace Kitty.Api.Tests.Rtm;

public sealed class TokenBucketTests
{
    [Fact]
    public void Bucket_AllowsItsBurst_ThenRefusesUntilRefilled()
    {
        var time = new ManualTime();
        var bucket = new TokenBucket(2, 4, time);

        for (var i = 0; i < 4; i++)
        {
            Assert.True(bucket.TryTake(out _));
        }

        Assert.False(bucket.TryTake(out var retryAfter));
        Assert.Equal(TimeSpan.FromSeconds(0.5), retryAfter);

        time.Advance(TimeSpan.FromSeconds(0.5));
        Assert.True(bucket.TryTake(out _));
        Assert.False(bucket.TryTake(out _));
    }

    [Fact]
    public void Limiter_KeepsMessagesKeystrokesAndCallsApart_AndNamesTheCoolOff()
    {
        var time = new ManualTime();
        var limiter = new ConnectionRateLimiter(
            new KittyApiOptions { MessagesPerSecond = 1, KeystrokesPerSecond = 1, CallsPerSecond = 1 }, time);
        limiter.Check("SendMessage");
        limiter.Check("SendMessage");

        var refused = Assert.Throws<KittyException>(() => limiter.Check("SendMessage"));

        Assert.Equal(KittyError.RateLimitedError, refused.Error);
        Assert.Contains("coolOffDuration=PT1S", refused.Message, StringComparison.Ordinal);
        limiter.Check("SendKeystrokes");
        limiter.Check("RetrieveChannel");
    }

    private sealed class ManualTime : TimeProvider
    {
        private long ticks;

        public override long TimestampFrequency => TimeSpan.TicksPerSecond;

        public override long GetTimestamp() => ticks;

        public void Advance(TimeSpan by) => ticks += by.Ticks;
    }
}
