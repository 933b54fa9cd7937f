using System.Collections.Concurrent;
using System.Globalization;
using Kitty.LoadTests.Servers;
using Kitty.LoadTests.Targets;

namespace Kitty.LoadTests.Churn;

/// <summary>
/// Issue 7's connection churn: C loops (<c>--callers</c>) each connecting, starting a session and disconnecting as
/// fast as the server lets them. Kitty: <c>KittyClient.StartSessionAsync</c> (<c>POST /rtm/sessions</c> and the hub)
/// then dispose, each loop as its own user; the baselines: connect, join a room, disconnect. Afterwards Kitty must
/// list no ACTIVE user session and one ENDED per cycle; the server's resident memory is read after the warm-up and
/// after the run, to see leaks.
/// </summary>
internal sealed class ChurnScenario(LoadOptions options, IFanoutTarget target)
{
    private readonly string _runId = Guid.NewGuid().ToString("N")[..8];
    private readonly CountedCalls _calls = new();
    private long _cycles;

    public async Task<bool> RunAsync()
    {
        if (target is not KittyFanoutTarget) await target.CreateRoomsAsync(_runId, 1);
        using var platform = target is KittyFanoutTarget kitty ? await kitty.PlatformAsync() : null;
        var ok = true;
        foreach (var callers in options.Callers) ok &= await RunAsync(callers, platform is null ? null : new LingeringSessions(platform));
        return ok;
    }

    private async Task<bool> RunAsync(int callers, LingeringSessions? sessions)
    {
        var errorsBefore = _calls.Errors;
        // One user per loop: every cycle borrows a name no other loop is using (two first sessions of one new guest
        // name at once race on creating it).
        var users = new ConcurrentQueue<string>(Enumerable.Range(0, callers).Select(i => $"churn-{_runId}-{callers}-{i}"));
        ProcessUsage server = default, client = default;
        var result = await ClosedLoop.RunAsync(callers, options.Warmup, options.Duration, _ => _calls.AttemptAsync(async () =>
        {
            if (!users.TryDequeue(out var user)) throw new InvalidOperationException("more cycles at once than loops");
            try
            {
                await CycleAsync(user);
            }
            finally
            {
                users.Enqueue(user);
            }

            Interlocked.Increment(ref _cycles);
            return true;
        }), measuring: () => (server, client) = (ServerUsage(), ProcessUsage.Read(Environment.ProcessId)));
        var usage = new UsageWindow(server, ServerUsage(), client, ProcessUsage.Read(Environment.ProcessId), result.Wall, target.ServerPid == Environment.ProcessId);
        var (active, ended) = sessions is null ? (0L, 0L) : await sessions.SettledAsync(Interlocked.Read(ref _cycles));
        var settled = ServerUsage();
        var errors = _calls.Errors - errorsBefore;
        var cycles = Interlocked.Read(ref _cycles);
        var sessionsOk = sessions is null || (active == 0 && ended == cycles);
        var growthMiB = (settled.ResidentBytes - usage.ServerBefore.ResidentBytes) / 1048576.0;
        var l = result.Latencies;
        var serverMicrosPerCycle = usage.ServerCores * 1e6 / Math.Max(result.PerSecond, 1e-9);
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"churn on {target.Name}: callers={callers} cycles={l.Count} seconds={result.Wall.TotalSeconds:F2} sessions/s={result.PerSecond:F0} p50 ms={l.At(50):F2} p99 ms={l.At(99):F2} max ms={l.Max:F2} errors={errors} server cores={usage.ServerCores:F2}{(usage.Shared ? "*" : "")} = {serverMicrosPerCycle:F0} µs a cycle, RSS {Mib(usage.ServerBefore.ResidentBytes):F0} -> {Mib(settled.ResidentBytes):F0} MiB ({growthMiB:+0;-0} MiB){SessionsText(sessions, active, ended, cycles)}"));
        var passed = errors == 0 && l.Count > 0 && sessionsOk;
        await new RunRecord("churn", target.Name, DateTime.UtcNow,
            new Dictionary<string, string>
            {
                ["callers"] = callers.ToString(CultureInfo.InvariantCulture),
                ["serverSharesProcess"] = usage.Shared ? "yes" : "no",
            },
            new Dictionary<string, double>
            {
                ["sessionsPerSecond"] = result.PerSecond,
                ["p50Ms"] = l.At(50),
                ["p99Ms"] = l.At(99),
                ["maxMs"] = l.Max,
                ["errors"] = errors,
                ["serverCores"] = usage.ServerCores,
                ["serverMicrosPerCycle"] = serverMicrosPerCycle,
                ["serverMemoryBeforeMiB"] = Mib(usage.ServerBefore.ResidentBytes),
                ["serverMemoryMiB"] = Mib(settled.ResidentBytes),
                ["serverMemoryGrowthMiB"] = growthMiB,
                ["clientCores"] = usage.ClientCores,
                ["activeSessionsAfter"] = active,
            },
            passed).AppendToAsync(options.JsonFile);
        return passed;
    }

    /// <summary>One cycle; Kitty creates the user as a guest the first time only.</summary>
    private async Task CycleAsync(string user)
    {
        if (target is KittyFanoutTarget kitty)
        {
            await using var session = await kitty.StartSessionAsync(user, CancellationToken.None);
            return;
        }

        var member = await target.ConnectAsync(user, 0, new DeliveryLedger(_runId, 0), new FanoutCounters(), CancellationToken.None);
        await member.DisposeAsync();
    }

    private ProcessUsage ServerUsage() => target.ServerPid is { } pid ? ProcessUsage.Read(pid) : default;

    private static string SessionsText(LingeringSessions? sessions, long active, long ended, long cycles) => sessions is null
        ? ""
        : string.Create(CultureInfo.InvariantCulture, $"; user sessions ACTIVE={active} ENDED={ended}/{cycles}{(active == 0 && ended == cycles ? " (none lingers)" : " LINGERING")}");

    private static double Mib(long bytes) => bytes / 1048576.0;
}
