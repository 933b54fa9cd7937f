using Kitty.Grains.Ids;

namespace Kitty.Grains.Tests;

public sealed class SnowflakeIdGeneratorTests
{
    private const long MaxSafeJavaScriptInteger = (1L << 53) - 1;

    private sealed class FrozenClock(DateTimeOffset now) : TimeProvider
    {
        public DateTimeOffset Now { get; set; } = now;
        public override DateTimeOffset GetUtcNow() => Now;
    }

    [Fact]
    public void Ids_FitInAJavaScriptNumber_UntilTheEndOfTheirEpoch()
    {
        var generator = new SnowflakeIdGenerator(31, new FrozenClock(new DateTimeOffset(2093, 9, 1, 0, 0, 0, TimeSpan.Zero)));

        Assert.InRange(generator.NextId(), 1, MaxSafeJavaScriptInteger);
    }

    [Fact]
    public void Ids_StrictlyIncrease_EvenWhenABurstOutrunsTheClock()
    {
        var generator = new SnowflakeIdGenerator(3, new FrozenClock(DateTimeOffset.UtcNow));

        var ids = Enumerable.Range(0, 10_000).Select(_ => generator.NextId()).ToList();

        Assert.Equal(ids.Order(), ids);
        Assert.Equal(ids.Count, ids.Distinct().Count());
    }

    [Fact]
    public void Ids_KeepIncreasing_WhenTheClockStepsBack()
    {
        var clock = new FrozenClock(DateTimeOffset.UtcNow);
        var generator = new SnowflakeIdGenerator(0, clock);
        var before = generator.NextId();

        clock.Now -= TimeSpan.FromSeconds(5);

        Assert.True(generator.NextId() > before);
    }

    [Fact]
    public void TwoNodes_NeverHandOutTheSameId()
    {
        var clock = new FrozenClock(DateTimeOffset.UtcNow);
        var first = new SnowflakeIdGenerator(1, clock);
        var second = new SnowflakeIdGenerator(2, clock);

        var ids = Enumerable.Range(0, 1000).SelectMany(_ => new[] { first.NextId(), second.NextId() }).ToList();

        Assert.Equal(ids.Count, ids.Distinct().Count());
    }

    [Theory]
    [InlineData(-1)]
    [InlineData(32)]
    public void ANodeIdOutsideItsRange_IsRefused(int nodeId)
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => new SnowflakeIdGenerator(nodeId, TimeProvider.System));
    }
}
