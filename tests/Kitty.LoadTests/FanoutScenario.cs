using System.Diagnostics;
using Kitty.LoadTests.Servers;
using Kitty.LoadTests.Targets;

namespace Kitty.LoadTests;

/// <summary>
/// Sessions spread over rooms (session <c>s</c> in room <c>s % rooms</c>), a few of them sending their room's
/// messages: measures how fast and how soon every message reaches every member of its room, and checks each got each
/// exactly once, in seq order, and nothing of another room. fanout = 1 room of many, rooms = many rooms of 10,
/// bigroom = 1 room of 10,000: the same code for every target.
/// </summary>
internal sealed class FanoutScenario(LoadOptions options, IFanoutTarget target)
{
    private readonly string _runId = Guid.NewGuid().ToString("N")[..8];
    private readonly List<(IFanoutSession Session, DeliveryLedger Ledger)> _sessions = [];
    private readonly FanoutCounters _counters = new();
    private int[] _nextOfRoom = [];

    public async Task<FanoutResult> RunAsync()
    {
        try
        {
            await target.CreateRoomsAsync(_runId, options.Rooms);
            var connect = Stopwatch.StartNew();
            await ConnectAllAsync();
            connect.Stop();
            Console.WriteLine($"Connected {_sessions.Count} sessions in {options.Rooms} rooms to {target.Name} at {target.Url} in {connect.Elapsed.TotalSeconds:F1} s; sending…");

            await WarmUpAsync();
            _nextOfRoom = new int[options.Rooms];
            var server = ServerUsage();
            var client = ProcessUsage.Read(Environment.ProcessId);
            var startMicros = LoadClock.NowMicros;
            var send = Stopwatch.StartNew();
            await Task.WhenAll(_sessions.Take(options.Senders).Select((s, sender) => SendLoopAsync(s.Session, sender % options.Rooms, startMicros)));
            send.Stop();
            await Task.WhenAny(Task.WhenAll(_sessions.Select(s => s.Ledger.Complete)), Task.Delay(options.DrainTimeout));
            var wall = TimeSpan.FromMicroseconds(LoadClock.NowMicros - startMicros);
            return Result(connect.Elapsed, send.Elapsed, startMicros,
                new UsageWindow(server, ServerUsage(), client, ProcessUsage.Read(Environment.ProcessId), wall, target.ServerPid == Environment.ProcessId));
        }
        finally
        {
            await Task.WhenAll(_sessions.Select(s => s.Session.DisposeAsync().AsTask()));
        }
    }

    // A room's first message pays for what its first use sets up (on Kitty: the channel's stream, its subscription on
    // the node, cached look-ups); one unmeasured message per room first, acknowledged before the run starts, so the run
    // measures the steady state. Sent under another run id, the ledgers ignore them.
    private async Task WarmUpAsync()
    {
        var warmUp = $"{_runId}-warm";
        await Parallel.ForEachAsync(_sessions.Take(Math.Min(options.Senders, options.Rooms)),
            new ParallelOptions { MaxDegreeOfParallelism = 50 },
            async (sender, _) => await sender.Session.SendAsync(warmUp, 0));
    }

    private ProcessUsage ServerUsage() => target.ServerPid is { } pid ? ProcessUsage.Read(pid) : default;

    private async Task ConnectAllAsync()
    {
        var rooms = options.Rooms;
        var ledgers = Enumerable.Range(0, options.Sessions).Select(s => new DeliveryLedger(_runId, options.Messages, rooms, s % rooms)).ToList();
        var sessions = new IFanoutSession[options.Sessions];
        await Parallel.ForEachAsync(Enumerable.Range(0, options.Sessions),
            new ParallelOptions { MaxDegreeOfParallelism = options.ConnectConcurrency },
            async (s, cancellationToken) => sessions[s] = await target.ConnectAsync($"load-{_runId}-{s}", s % rooms, ledgers[s], _counters, cancellationToken));
        _sessions.AddRange(sessions.Zip(ledgers));
    }

    // The room's senders take its messages (i = room, room + rooms, …) in turn; with --rate each goes out at its time
    // in the whole run's schedule, so the load offered does not depend on how fast the server answers.
    private async Task SendLoopAsync(IFanoutSession session, int room, long startMicros)
    {
        var rooms = options.Rooms;
        int index;
        while ((index = room + Interlocked.Increment(ref _nextOfRoom[room]) * rooms - rooms) < options.Messages)
        {
            if (options.Rate > 0)
            {
                // In doubles: index × 1,000,000 overflows an int from the 2,148th message on.
                var due = startMicros + (long)(index * 1_000_000.0 / options.Rate);
                var wait = due - LoadClock.NowMicros;
                if (wait > 0) await Task.Delay(TimeSpan.FromMicroseconds(wait));
            }

            await session.SendAsync(_runId, index);
        }
    }

    private FanoutResult Result(TimeSpan connect, TimeSpan send, long startMicros, UsageWindow usage)
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
            ledgers.Sum(l => (long)l.Expected),
            new Percentiles(ledgers.SelectMany(l => l.LatenciesMs)),
            _counters.SendErrors,
            _counters.RateLimitRetries,
            _counters.DispatchFailures,
            _counters.Reconnects,
            ledgers.Count(l => l.Distinct < l.Expected),
            ledgers.Sum(l => l.Duplicates),
            ledgers.Sum(l => l.OutOfOrder),
            ledgers.Sum(l => l.Misrouted),
            usage);
    }
}
