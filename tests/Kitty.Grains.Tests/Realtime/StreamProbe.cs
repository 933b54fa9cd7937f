using Kitty.Abstractions.Realtime;
using Orleans.Streams;

namespace Kitty.Grains.Tests.Realtime;

/// <summary>
/// A subscription from the test's cluster client to one Kitty stream, as a node's feed has: it records the
/// events in arrival order and lets a test wait for the ones it expects, with a timeout, never a sleep.
/// </summary>
public sealed class StreamProbe : IAsyncDisposable
{
    private static readonly TimeSpan Timeout = TimeSpan.FromSeconds(15);

    private readonly object _gate = new();
    private readonly List<ChatEvent> _events = [];
    private TaskCompletionSource _arrived = NewSignal();
    private StreamSubscriptionHandle<ChatEvent>? _subscription;

    public static async Task<StreamProbe> Subscribe(IClusterClient client, StreamId stream)
    {
        var probe = new StreamProbe();
        probe._subscription = await client.GetStreamProvider(KittyStreams.ProviderName)
            .GetStream<ChatEvent>(stream)
            .SubscribeAsync((chatEvent, _) => probe.Record(chatEvent));
        return probe;
    }

    /// <summary>Every event received so far, in arrival order.</summary>
    public IReadOnlyList<ChatEvent> Events
    {
        get
        {
            lock (_gate) return [.. _events];
        }
    }

    /// <summary>The first event of this type (and matching <paramref name="where"/>), received or to come.</summary>
    public async Task<ChatEvent> Next(string type, Func<ChatEvent, bool>? where = null) =>
        (await Take(1, type, where))[0];

    /// <summary>The first <paramref name="count"/> events of this type, in arrival order.</summary>
    public async Task<IReadOnlyList<ChatEvent>> Take(int count, string type, Func<ChatEvent, bool>? where = null)
    {
        using var timeout = new CancellationTokenSource(Timeout);
        while (true)
        {
            Task arrived;
            lock (_gate)
            {
                var matching = _events.Where(e => e.Type == type && (where?.Invoke(e) ?? true)).Take(count).ToList();
                if (matching.Count == count) return matching;
                arrived = _arrived.Task;
            }

            try
            {
                await arrived.WaitAsync(timeout.Token);
            }
            catch (OperationCanceledException)
            {
                throw new TimeoutException(
                    $"Waited {Timeout} for {count} '{type}' event(s); got: {string.Join(", ", Events.Select(e => e.Type))}");
            }
        }
    }

    /// <summary>How many events of this type arrived so far.</summary>
    public int Count(string type) => Events.Count(e => e.Type == type);

    public async ValueTask DisposeAsync()
    {
        if (_subscription is not null) await _subscription.UnsubscribeAsync();
    }

    private Task Record(ChatEvent chatEvent)
    {
        TaskCompletionSource arrived;
        lock (_gate)
        {
            _events.Add(chatEvent);
            arrived = _arrived;
            _arrived = NewSignal();
        }

        arrived.TrySetResult();
        return Task.CompletedTask;
    }

    private static TaskCompletionSource NewSignal() => new(TaskCreationOptions.RunContinuationsAsynchronously);
}
