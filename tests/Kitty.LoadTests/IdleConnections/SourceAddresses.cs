using System.Net;

namespace Kitty.LoadTests.IdleConnections;

/// <summary>
/// 127.0.0.1 … 127.0.0.K, connection <c>i</c> from address <c>i % K</c>. Linux's loopback answers every 127.x
/// address without setup, so K addresses give K times the ephemeral port range (net.ipv4.ip_local_port_range).
/// </summary>
internal sealed class SourceAddresses : IDisposable
{
    public const int Max = 254;

    private readonly SourceAddress[] _sources;

    public SourceAddresses(int count)
    {
        if (count is < 1 or > Max) throw new ArgumentOutOfRangeException(nameof(count), count, $"between 1 and {Max} source addresses");
        _sources = [.. Enumerable.Range(1, count).Select(i => new SourceAddress(IPAddress.Parse($"127.0.0.{i}")))];
    }

    public IReadOnlyList<SourceAddress> All => _sources;

    public SourceAddress For(int connection) => _sources[connection % _sources.Length];

    public void Dispose()
    {
        foreach (var source in _sources) source.Dispose();
    }
}
