using System.Threading.Channels;

namespace Kitty.Client.Tests.EndToEnd;

/// <summary>Collects what an event delivers so a test can wait for the next one, with a timeout.</summary>
internal sealed class Recorder<T>
{
    public static readonly TimeSpan Timeout = TimeSpan.FromSeconds(20);
    private readonly Channel<T> _items = Channel.CreateUnbounded<T>();

    public void Add(T item) => _items.Writer.TryWrite(item);

    /// <summary>The next item (that matches), skipping others; fails after the timeout.</summary>
    public async Task<T> NextAsync(Func<T, bool>? match = null)
    {
        using var timeout = new CancellationTokenSource(Timeout);
        try
        {
            while (true)
            {
                var item = await _items.Reader.ReadAsync(timeout.Token);
                if (match is null || match(item)) return item;
            }
        }
        catch (OperationCanceledException)
        {
            throw new TimeoutException($"No {typeof(T).Name} event within {Timeout.TotalSeconds} s.");
        }
    }

    /// <summary>The next <paramref name="count"/> items, in order.</summary>
    public async Task<List<T>> NextAsync(int count)
    {
        var items = new List<T>();
        for (var i = 0; i < count; i++) items.Add(await NextAsync());
        return items;
    }

    /// <summary>Whatever arrived and was not taken yet.</summary>
    public List<T> Drain()
    {
        var items = new List<T>();
        while (_items.Reader.TryRead(out var item)) items.Add(item);
        return items;
    }
}
