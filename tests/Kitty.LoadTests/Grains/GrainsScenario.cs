using System.Globalization;
using Kitty.Abstractions.Users;
using Kitty.LoadTests.Servers;

namespace Kitty.LoadTests.Grains;

/// <summary>
/// Issue 7's grain-level load on Kitty's user grains, through an Orleans client (<c>--server-process</c>) or in
/// process (<c>--self-host</c>). <b>calls</b>: <c>--users</c> users created through the user directory, then C
/// callers (<c>--callers</c>) loop a cheap read (<see cref="IUserGrain.Get"/>) on random ones. <b>activations</b>:
/// those users' grains collected, then activated again (each reads its state from the store). <b>memory</b>:
/// <c>--idle-grains</c> user grains activated and left idle, the server's memory before and after.
/// </summary>
internal sealed class GrainsScenario(LoadOptions options)
{
    private readonly CountedCalls _calls = new();
    private readonly string _runId = Guid.NewGuid().ToString("N")[..8];

    public async Task<bool> RunAsync()
    {
        await using var node = await KittyNode.StartAsync(options);
        Console.WriteLine($"grains on a Kitty node at {node.Url} ({node.Route}{(node.SharesProcess ? ", in this process" : $", pid {node.Pid}")})");
        var ok = true;
        if (options.Part is "all" or "calls" or "activations")
        {
            var users = await CreateUsersAsync(node);
            ok &= users.Length == options.Users;
            if (options.Part is "all" or "calls")
            {
                foreach (var callers in options.Callers) ok &= await CallsAsync(node, users, callers);
            }

            if (options.Part is "all" or "activations") ok &= await ActivationsAsync(node, users);
        }

        if (options.Part is "all" or "memory") ok &= await new IdleGrainsMemory(options, node, _calls).RunAsync();
        return ok;
    }

    private async Task<long[]> CreateUsersAsync(KittyNode node)
    {
        var app = node.ApplicationId;
        var ids = new long[options.Users];
        var before = node.Usage();
        var result = await Batch.RunAsync(options.Users, options.Callers.Max(), i => _calls.AttemptAsync(async () =>
        {
            ids[i] = (await node.Grains.GetGrain<IUserDirectoryGrain>(app).CreateUser(new CreateUser(app, $"load-{_runId}-{i}", $"Load user {i}", false, "{}"))).Id;
            return true;
        }));
        await Report(node, "create", options.Callers.Max(), options.Users, result, before, "user creations/s (directory, unique name, user grain, store)");
        return result.Failures == 0 ? ids : [];
    }

    private async Task<bool> CallsAsync(KittyNode node, long[] users, int callers)
    {
        var app = node.ApplicationId;
        var before = node.Usage();
        var result = await ClosedLoop.RunAsync(callers, options.Warmup, options.Duration, _ => _calls.AttemptAsync(async () =>
        {
            var user = await node.Grains.GetGrain<IUserGrain>(users[Random.Shared.Next(users.Length)]).Get(app);
            return user.Id != 0;
        }), measuring: () => before = node.Usage());
        var batch = new BatchResult(result.Latencies, result.Wall, result.Failures);
        return await Report(node, "calls", callers, users.Length, batch, before, "calls/s (IUserGrain.Get)");
    }

    private async Task<bool> ActivationsAsync(KittyNode node, long[] users)
    {
        var app = node.ApplicationId;
        var management = new SiloManagement(node.Grains);
        await management.CollectIdleActivationsAsync();
        var left = await management.UserGrainActivationsAsync();
        Console.WriteLine($"  collected the users' grains: {left} user grain activations left");
        var before = node.Usage();
        var result = await Batch.RunAsync(users.Length, options.Callers.Max(), i => _calls.AttemptAsync(async () =>
            (await node.Grains.GetGrain<IUserGrain>(users[i]).Get(app)).Id == users[i]));
        var active = await management.UserGrainActivationsAsync();
        Console.WriteLine($"  user grain activations now {active} (expected >= {users.Length})");
        return await Report(node, "activations", options.Callers.Max(), users.Length, result, before,
            "activations/s (existing users' grains, state read from the store)") && active >= users.Length;
    }

    private async Task<bool> Report(KittyNode node, string part, int callers, int size, BatchResult result, ProcessUsage before, string what)
    {
        var usage = new UsageWindow(before, node.Usage(), default, default, result.Wall, node.SharesProcess);
        var l = result.Latencies;
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"grains {part}: callers={callers} count={l.Count} seconds={result.Wall.TotalSeconds:F2} {what}={result.PerSecond:F0} p50 ms={l.At(50):F3} p99 ms={l.At(99):F3} max ms={l.Max:F3} failures={result.Failures} server cores={usage.ServerCores:F2}{(node.SharesProcess ? "*" : "")} server MiB={usage.ServerMemoryMiB:F0}"));
        var passed = result.Failures == 0 && l.Count > 0;
        await new RunRecord("grains", "kitty", DateTime.UtcNow,
            Parameters(node, part, callers, size),
            new Dictionary<string, double>
            {
                ["perSecond"] = result.PerSecond,
                ["p50Ms"] = l.At(50),
                ["p99Ms"] = l.At(99),
                ["maxMs"] = l.Max,
                ["count"] = l.Count,
                ["failures"] = result.Failures,
                ["serverCores"] = usage.ServerCores,
                ["serverMemoryMiB"] = usage.ServerMemoryMiB,
            },
            passed).AppendToAsync(options.JsonFile);
        return passed;
    }

    public static Dictionary<string, string> Parameters(KittyNode node, string part, int callers, int size) => new()
    {
        ["part"] = part,
        ["callers"] = callers.ToString(CultureInfo.InvariantCulture),
        ["size"] = size.ToString(CultureInfo.InvariantCulture),
        ["route"] = node.Route,
        ["serverSharesProcess"] = node.SharesProcess ? "yes" : "no",
    };
}
