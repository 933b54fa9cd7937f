using System.Threading.Channels;

namespace Kitty.EndToEnd.Tests.Functions;

/// <summary>What a client event delivered, in arrival order, so a test can wait for the next item with a timeout.</summary>
internal sealed class Inbox<T>
{
    private static readonly TimeSpan Timeout = TimeSpan.FromSeconds(20);
    private readonly Channel<T> _items = Channel.CreateUnbounded<T>();

    public void Add(T item) => _items.Writer.TryWrite(item);

    public async Task<T> Next()
    {
        using var timeout = new CancellationTokenSource(Timeout);
        try
        {
            return await _items.Reader.ReadAsync(timeout.Token);
        }
        catch (OperationCanceledException)
        {
            throw new Xunit.Sdk.XunitException($"Nothing arrived within {Timeout.TotalSeconds} s.");
        }
    }
}
