using Kitty.LoadTests.IdleConnections;

namespace Kitty.EndToEnd.Tests.Load;

public sealed class SourceAddressesTests
{
    [Fact]
    public void For_TakesTheAddressesInTurn()
    {
        using var sources = new SourceAddresses(3);

        Assert.Equal(["127.0.0.1", "127.0.0.2", "127.0.0.3", "127.0.0.1"],
            Enumerable.Range(0, 4).Select(i => sources.For(i).Address.ToString()));
    }

    [Theory]
    [InlineData(0)]
    [InlineData(SourceAddresses.Max + 1)]
    public void New_RefusesCountsOutsideTheLoopbackNetwork(int count) =>
        Assert.Throws<ArgumentOutOfRangeException>(() => new SourceAddresses(count));
}
