using System.Diagnostics;
using Kitty.LoadTests.Targets;

namespace Kitty.LoadTests;

/// <summary>
/// Many sessions in one room, a few of them sending: measures how fast and how soon every message reaches
/// every session, and checks each got each exactly once, in seq order. The same for every target.
/// </summary>
internal sealed class FanoutScenario(LoadOptions options, IFanoutTarget target)
{
    private readonly string _runId = Guid.NewGuid().ToString("N")[..8];
    private readonly List<(IFanoutSession Session, DeliveryLedger Ledger)> _sessions = [];
    private readonly FanoutCounters _counters = new();
    private int _nextIndex = -1;

    public async Task<FanoutResult> RunAsync()
    {
        try
        {
            await target.CreateRoomAsync(_runId);
            var connect = Stopwatch.StartNew();
            await ConnectAllAsync();
            connect.Stop();
            Console.WriteLine($"Connected {_sessions.Count} sessions to {target.Name} at {target.Url} in {connect.Elapsed.TotalSeconds:F1} s; sending…");

            var startMicros = LoadClock.NowMicros;
            var send = Stopwatch.StartNew();
            await Task.WhenAll(_sessions.Take(options.Senders).Select(s => SendLoopAsync(s.Session, startMicros)));
            send.Stop();
            await Task.WhenAny(Task.WhenAll(_sessions.Select(s => s.Ledger.Complete)), Task.Delay(options.DrainTimeout));
            return Result(connect.Elapsed, send.Elapsed, startMicros);
        }
        finally
        {
            await Task.WhenAll(_sessions.Select(s => s.Session.DisposeAsync().AsTask()));
        }
    }

    private async Task ConnectAllAsync()
    {
        var ledgers = Enumerable.Range(0, options.Sessions).Select(_ => new DeliveryLedger(_runId, options.Messages)).ToList();
        var sessions = new IFanoutSession[options.Sessions];
        await Parallel.ForEachAsync(Enumerable.Range(0, options.Sessions),
            new ParallelOptions { MaxDegreeOfParallelism = options.ConnectConcurrency },
            async (i, cancellationToken) => sessions[i] = await target.ConnectAsync($"load-{_runId}-{i}", ledgers[i], _counters, cancellationToken));
        _sessions.AddRange(sessions.Zip(ledgers));
    }

    private async Task SendLoopAsync(IFanoutSession session, long startMicros)
    {
        int index;
        while ((index = Interlocked.Increment(ref _nextIndex)) < options.Messages)
        {
            if (options.Rate > 0)
            {
                var due = startMicros + (long)(index * 1_000_000 / options.Rate);
                var wait = due - LoadClock.NowMicros;
                if (wait > 0) await Task.Delay(TimeSpan.FromMicroseconds(wait));
            }

            await session.SendAsync(_runId, index);
        }
    }

    private FanoutResult Result(TimeSpan connect, TimeSpan send, long startMicros)
    {
        var ledgers = _sessions.Select(s => s.Ledger).ToList();
        var lastDelivery = ledgers.Select(l => l.LastDeliveryMicros).DefaultIfEmpty(startMicros).Max();
        return new FanoutResult(
            options,
            target.Name,
            target.Url.Authority,
            connect,
            send,
            TimeSpan.FromMicroseconds(Math.Max(1, lastDelivery - startMicros)),
            ledgers.Sum(l => (long)l.Distinct),
            (long)options.Sessions * options.Messages,
            new Percentiles(ledgers.SelectMany(l => l.LatenciesMs)),
            _counters.SendErrors,
            _counters.RateLimitRetries,
            _counters.DispatchFailures,
            _counters.Reconnects,
            ledgers.Count(l => l.Distinct < options.Messages),
            ledgers.Sum(l => l.Duplicates),
            ledgers.Sum(l => l.OutOfOrder));
    }
}
