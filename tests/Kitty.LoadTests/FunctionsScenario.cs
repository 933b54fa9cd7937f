using System.Diagnostics;
using System.Globalization;
using System.Net.Http.Json;
using System.Text.Json;
using Kitty.Abstractions.Functions;
using Kitty.Functions;

namespace Kitty.LoadTests;

/// <summary>
/// Issue 5's targets: warm invocations per second of a trivial function on <see cref="FunctionRunner"/> (no server),
/// and the latency a blocking <c>user.attempted.start_session</c> function adds to <c>POST /rtm/sessions</c>.
/// </summary>
internal sealed class FunctionsScenario(LoadOptions options)
{
    private const string TrivialScript = "async function handleEvent(event, context) { return { ok: true, n: event.n }; }";
    private const string AdmittingScript = "async function handleEvent(event, context) { return true; }";

    public async Task<bool> RunAsync()
    {
        var ok = true;
        if (options.Part is "all" or "runner")
        {
            foreach (var callers in options.Callers)
            {
                ok &= await RunRunnerAsync(callers);
            }
        }

        if (options.Part is "all" or "triggers")
        {
            foreach (var callers in options.Callers)
            {
                ok &= await RunTriggersAsync(callers);
            }
        }

        if (options.Part is "all" or "sessions")
        {
            ok &= await RunSessionsAsync();
        }

        return ok;
    }

    // (1) The runner alone: N callers loop RunAsync on one application and runtime version, after a warm-up.
    private async Task<bool> RunRunnerAsync(int callers)
    {
        using var runner = new FunctionRunner(new FunctionRunnerOptions { MaxIdleRuntimesPerVersion = options.IdleRuntimes ?? new FunctionRunnerOptions().MaxIdleRuntimesPerVersion });
        var settings = new FunctionRuntimeSettings("load-app", "load-runtime-1", InitializationScript: null, new Dictionary<string, string>());
        var context = new EmptyContext();
        var result = await ClosedLoop.RunAsync(callers, options.Warmup, options.Duration, async n =>
            (await runner.RunAsync(new FunctionInvocation(settings, "load-version-1", TrivialScript, $$"""{"n":{{n}}}""", context))).Succeeded);
        var all = result.Latencies;
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"runner callers={callers} idle-runtimes={options.IdleRuntimes?.ToString(CultureInfo.InvariantCulture) ?? "default"} invocations={all.Count} seconds={result.Wall.TotalSeconds:F2} invocations/s={result.PerSecond:F0} p50 ms={all.At(50):F3} p99 ms={all.At(99):F3} max ms={all.Max:F3} failures={result.Failures}"));
        await Record("runner", callers, result.PerSecond, all, result.Failures, result.Failures == 0);
        return result.Failures == 0;
    }

    // (2) The server's whole trigger path, grain-level in the server's process: N callers loop the executor grain
    // for a trivial user.sent.message function (trigger look-up, current version, runtime settings, function host,
    // V8, the invocation records). Afterwards every invocation must be listed: the records kept up.
    private async Task<bool> RunTriggersAsync(int callers)
    {
        await using var server = await SelfHostedServer.StartAsync();
        using var api = await PlatformApi.ConnectAsync(server.Url, SelfHostedServer.ClientId, SelfHostedServer.ClientSecret);
        var function = await PostAsync(api, "/v1/runtimes/nodejs/functions", new { type = "user.sent.message", name = "load-trivial", initializeAsynchronously = false });
        var functionId = function.GetProperty("id").GetInt64();
        await PostAsync(api, $"/v1/functions/{functionId}/versions", new { handlerScript = TrivialScript });
        var executor = server.Grains.GetGrain<IChatFunctionExecutorGrain>(await server.ApplicationIdAsync());
        var result = await ClosedLoop.RunAsync(callers, options.Warmup, options.Duration, async n =>
            (await executor.Invoke("user.sent.message", $$"""{"n":{{n}}}""")).Succeeded);
        var all = result.Latencies;
        using var listing = await api.GetAsync($"/v1/functions/{functionId}/invocations?size=1");
        var recorded = JsonDocument.Parse(await listing.Content.ReadAsStringAsync()).RootElement.GetProperty("page").GetProperty("totalElements").GetInt64();
        var expected = result.WarmupCalls + all.Count;
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"triggers callers={callers} invocations={all.Count} seconds={result.Wall.TotalSeconds:F2} invocations/s={result.PerSecond:F0} p50 ms={all.At(50):F3} p99 ms={all.At(99):F3} max ms={all.Max:F3} failures={result.Failures} recorded={recorded}/{expected}"));
        await Record("triggers", callers, result.PerSecond, all, result.Failures, result.Failures == 0 && recorded == expected);
        return result.Failures == 0 && recorded == expected;
    }

    // (3) POST /rtm/sessions with guests enabled and no function called, against guests disabled and a trivial
    // admitting start-session function; the same user names (created by the warm-up) so both paths only look up.
    // Modes alternate in rounds on one server so drift of a shared machine hits both alike.
    private async Task<bool> RunSessionsAsync()
    {
        await using var server = await SelfHostedServer.StartAsync();
        using var api = await PlatformApi.ConnectAsync(server.Url, SelfHostedServer.ClientId, SelfHostedServer.ClientSecret);
        using var http = new HttpClient { BaseAddress = server.Url };
        var users = Enumerable.Range(0, options.Users).Select(i => $"fn-load-{i}").ToArray();

        var function = await PostAsync(api, "/v1/runtimes/nodejs/functions", new { type = "user.attempted.start_session", name = "load-admit", initializeAsynchronously = false });
        await PostAsync(api, $"/v1/functions/{function.GetProperty("id").GetInt64()}/versions", new { handlerScript = AdmittingScript });

        var guests = new List<double>();
        var functions = new List<double>();
        var errors = 0;
        async Task Measure(bool guestsEnabled, List<double>? into, int requests)
        {
            await SetGuestsAsync(api, guestsEnabled);
            for (var i = 0; i < requests; i++)
            {
                var started = Stopwatch.GetTimestamp();
                using var response = await http.PostAsJsonAsync("/rtm/sessions", new { apiKey = SelfHostedServer.ApiKey, username = users[i % users.Length] });
                await response.Content.LoadIntoBufferAsync();
                var ms = Stopwatch.GetElapsedTime(started).TotalMilliseconds;
                if (!response.IsSuccessStatusCode)
                {
                    errors++;
                    Console.Error.WriteLine($"POST /rtm/sessions: {(int)response.StatusCode} {await response.Content.ReadAsStringAsync()}");
                    continue;
                }

                into?.Add(ms);
            }
        }

        // Warm-up: creates every user (as a guest) and warms both paths, the function's V8 runtimes included.
        await Measure(guestsEnabled: true, into: null, requests: users.Length);
        await Measure(guestsEnabled: false, into: null, requests: Math.Max(users.Length, 200));
        var perRound = options.Requests / options.Rounds;
        for (var round = 0; round < options.Rounds; round++)
        {
            await Measure(guestsEnabled: true, guests, perRound);
            await Measure(guestsEnabled: false, functions, perRound);
        }

        var g = new Percentiles(guests);
        var f = new Percentiles(functions);
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"sessions guests, no function: requests={g.Count} p50 ms={g.At(50):F3} p99 ms={g.At(99):F3} max ms={g.Max:F3}"));
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"sessions start-session function: requests={f.Count} p50 ms={f.At(50):F3} p99 ms={f.At(99):F3} max ms={f.Max:F3}"));
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"sessions added by the function: p50 ms={f.At(50) - g.At(50):F3} p99 ms={f.At(99) - g.At(99):F3} errors={errors}"));
        await new RunRecord("functions", "kitty", DateTime.UtcNow,
            new Dictionary<string, string> { ["part"] = "sessions", ["requests"] = options.Requests.ToString(CultureInfo.InvariantCulture) },
            new Dictionary<string, double>
            {
                ["guestsP50Ms"] = g.At(50), ["guestsP99Ms"] = g.At(99), ["functionP50Ms"] = f.At(50), ["functionP99Ms"] = f.At(99),
                ["addedP50Ms"] = f.At(50) - g.At(50), ["addedP99Ms"] = f.At(99) - g.At(99), ["errors"] = errors,
            },
            errors == 0).AppendToAsync(options.JsonFile);
        return errors == 0;
    }

    private Task Record(string part, int callers, double perSecond, Percentiles latencies, int failures, bool passed) =>
        new RunRecord("functions", "kitty", DateTime.UtcNow,
            new Dictionary<string, string> { ["part"] = part, ["callers"] = callers.ToString(CultureInfo.InvariantCulture) },
            new Dictionary<string, double>
            {
                ["invocationsPerSecond"] = perSecond, ["p50Ms"] = latencies.At(50), ["p99Ms"] = latencies.At(99), ["failures"] = failures,
            },
            passed).AppendToAsync(options.JsonFile);

    private static async Task<JsonElement> PostAsync(HttpClient api, string path, object body)
    {
        using var response = await api.PostAsJsonAsync(path, body);
        var text = await response.Content.ReadAsStringAsync();
        if (!response.IsSuccessStatusCode) throw new HttpRequestException($"POST {path}: {(int)response.StatusCode} {text}");
        return JsonDocument.Parse(text).RootElement.Clone();
    }

    private static async Task SetGuestsAsync(HttpClient api, bool enabled)
    {
        using var response = await api.PutAsJsonAsync("/v1/application/settings",
            new { guestUsers = enabled ? "ENABLED" : "DISABLED", userCreatedChannels = "ENABLED" });
        if (!response.IsSuccessStatusCode)
            throw new HttpRequestException($"PUT /v1/application/settings: {(int)response.StatusCode} {await response.Content.ReadAsStringAsync()}");
    }

    /// <summary>The trivial function never calls its context.</summary>
    private sealed class EmptyContext : IChatFunctionContext
    {
        public Task<string> Invoke(string api, string method, string argsJson) => Task.FromResult("{}");
    }
}
