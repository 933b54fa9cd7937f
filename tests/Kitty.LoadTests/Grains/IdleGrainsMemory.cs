using System.Globalization;
using Kitty.Abstractions.Users;

namespace Kitty.LoadTests.Grains;

/// <summary>
/// The memory of many idle grains: <c>--idle-grains</c> user grains activated (each loads its persisted state, none
/// exists: creating a million users takes far longer than activating them) and left idle, the server's resident
/// memory after a full garbage collection before and after. Orleans' default collection age (15 minutes; Kitty sets
/// none) keeps them active meanwhile; the activation count is checked.
/// </summary>
internal sealed class IdleGrainsMemory(LoadOptions options, KittyNode node, CountedCalls calls)
{
    // Far above the snowflake ids real users get, so no activation finds one of them.
    private const long FirstId = 1L << 60;
    // What the node would send when renewing its connections' leases: nothing, so the call only activates the grain.
    private const string NodeId = "load-idle";

    public async Task<bool> RunAsync()
    {
        var management = new SiloManagement(node.Grains);
        await management.CollectIdleActivationsAsync();
        await management.CollectGarbageAsync();
        var activeBefore = await management.UserGrainActivationsAsync();
        var before = node.Usage();
        var count = options.IdleGrains;
        var result = await Batch.RunAsync(count, options.Callers.Max(), i => calls.AttemptAsync(async () =>
            (await node.Grains.GetGrain<IUserGrain>(FirstId + i).RenewLeases(NodeId, [])).Count == 0));
        await management.CollectGarbageAsync();
        var after = node.Usage();
        var active = await management.UserGrainActivationsAsync() - activeBefore;
        var grown = after.ResidentBytes - before.ResidentBytes;
        var perGrain = grown / (double)Math.Max(count, 1);
        var l = result.Latencies;
        var passed = result.Failures == 0 && active >= count;
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"grains memory: idle grains={count} activated in {result.Wall.TotalSeconds:F1} s = {result.PerSecond:F0} activations/s (fresh user grains) p50 ms={l.At(50):F3} p99 ms={l.At(99):F3} failures={result.Failures} user grain activations={active} server RSS before={Mib(before.ResidentBytes):F0} MiB after={Mib(after.ResidentBytes):F0} MiB peak={Mib(after.PeakResidentBytes):F0} MiB = {perGrain:F0} bytes per idle grain{(node.SharesProcess ? " (shares this process)" : "")}"));
        await new RunRecord("grains", "kitty", DateTime.UtcNow,
            GrainsScenario.Parameters(node, "memory", options.Callers.Max(), count),
            new Dictionary<string, double>
            {
                ["perSecond"] = result.PerSecond,
                ["p50Ms"] = l.At(50),
                ["p99Ms"] = l.At(99),
                ["failures"] = result.Failures,
                ["activations"] = active,
                ["serverMemoryBeforeMiB"] = Mib(before.ResidentBytes),
                ["serverMemoryMiB"] = Mib(after.ResidentBytes),
                ["serverPeakMemoryMiB"] = Mib(after.PeakResidentBytes),
                ["bytesPerIdleGrain"] = perGrain,
            },
            passed).AppendToAsync(options.JsonFile);
        return passed;
    }

    private static double Mib(long bytes) => bytes / 1048576.0;
}
