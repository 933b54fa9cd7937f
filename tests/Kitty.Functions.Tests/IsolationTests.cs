using static Kitty.Functions.Tests.Functions;

namespace Kitty.Functions.Tests;

/// <summary>
/// Engines are warm: an application's invocations reuse them, as a Node process serves many requests, so state a
/// function keeps is seen by its later invocations. Applications never share an engine, versions never share a scope,
/// and an interrupted engine is replaced by a fresh one.
/// </summary>
public sealed class IsolationTests : IDisposable
{
    private const string SetGlobal = "function handleEvent() { globalThis.secret = 'app-1 secret'; var leaked = 1; return 'set'; }";
    private const string ReadGlobal = "function handleEvent() { return [typeof secret, typeof leaked]; }";

    private readonly FunctionRunner _runner = Runner(TimeSpan.FromSeconds(2));

    [Fact]
    public async Task AnotherApplication_DoesNotSeeGlobalsSetByTheFirst()
    {
        await _runner.RunAsync(Invocation(SetGlobal, runtime: Runtime("app-1")));

        var result = await _runner.RunAsync(Invocation(ReadGlobal, runtime: Runtime("app-2")));

        Assert.Equal("""["undefined","undefined"]""", result.ResultJson);
    }

    [Fact]
    public async Task AnotherVersion_OfTheSameApplication_DoesNotSeeTheFirstVersionsTopLevelDeclarations()
    {
        await _runner.RunAsync(Invocation(SetGlobal, versionId: "v-set"));

        var other = await _runner.RunAsync(Invocation(ReadGlobal, versionId: "v-read"));

        // globalThis is the application's own, like a Node process's; `var leaked` stayed in its version's scope.
        Assert.Equal("""["string","undefined"]""", other.ResultJson);
    }

    [Fact]
    public async Task AVersion_IsEvaluatedOnce_AndItsStateIsWarmForTheNextInvocation()
    {
        const string counter = "let calls = 0; function handleEvent() { calls++; return calls; }";

        var first = await _runner.RunAsync(Invocation(counter, versionId: "v-counter"));
        var second = await _runner.RunAsync(Invocation(counter, versionId: "v-counter"));

        Assert.Equal("1", first.ResultJson);
        Assert.Equal("2", second.ResultJson);
    }

    [Fact]
    public async Task AnInterruptedEngine_IsReplaced_SoTheNextInvocationStartsFresh()
    {
        const string counter = "let calls = 0; function handleEvent(e) { calls++; if (e.loop) while (true) {} return calls; }";
        await _runner.RunAsync(Invocation(counter, versionId: "v-loop"));

        var interrupted = await _runner.RunAsync(Invocation(counter, eventJson: """{"loop":true}""", versionId: "v-loop"));
        var after = await _runner.RunAsync(Invocation(counter, versionId: "v-loop"));

        Assert.Equal(FunctionFailureKind.Timeout, interrupted.Failure?.Kind);
        Assert.Equal("1", after.ResultJson);
    }

    [Fact]
    public async Task AHostCallLeftPendingByAnEndedInvocation_IsRefused()
    {
        var calls = 0;
        var context = new FakeChatFunctionContext((_, _, _) =>
        {
            Interlocked.Increment(ref calls);
            return Task.FromResult("1");
        });
        const string script = """
            let later;
            async function handleEvent(e, context) {
              if (e.first) { later = context; return 'first'; }
              try { await later.getUserApi().getUser(1); return 'reached the host'; } catch (error) { return error.message; }
            }
            """;

        await _runner.RunAsync(Invocation(script, eventJson: """{"first":true}""", versionId: "v-stale", context: context));
        var second = await _runner.RunAsync(Invocation(script, versionId: "v-stale", context: context));

        Assert.Contains("already ended", second.ResultJson, StringComparison.Ordinal);
        Assert.Equal(0, calls);
    }

    [Fact]
    public async Task ConcurrentInvocations_OfOneApplication_AllSucceed()
    {
        var results = await Task.WhenAll(Enumerable.Range(0, 8).Select(i => _runner.RunAsync(Invocation(
            $"async function handleEvent() {{ await null; return {i}; }}", versionId: "v-concurrent-" + i))));

        Assert.Equal(Enumerable.Range(0, 8).Select(i => i.ToString()), results.Select(result => result.ResultJson));
    }

    public void Dispose() => _runner.Dispose();
}
