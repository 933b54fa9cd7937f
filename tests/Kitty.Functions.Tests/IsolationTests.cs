using static Kitty.Functions.Tests.Functions;

namespace Kitty.Functions.Tests;

public sealed class IsolationTests : IDisposable
{
    private const string SetGlobal = "function handleEvent() { globalThis.secret = 'app-1 secret'; var leaked = 1; return 'set'; }";
    private const string ReadGlobal = "function handleEvent() { return [typeof secret, typeof leaked]; }";

    private readonly FunctionRunner _runner = Runner();

    [Fact]
    public async Task AnotherApplication_DoesNotSeeGlobalsSetByTheFirst()
    {
        await _runner.RunAsync(Invocation(SetGlobal, runtime: Runtime("app-1")));

        var result = await _runner.RunAsync(Invocation(ReadGlobal, runtime: Runtime("app-2")));

        Assert.Equal("""["undefined","undefined"]""", result.ResultJson);
    }

    [Fact]
    public async Task TheSameApplication_StartsEachInvocationWithFreshGlobals()
    {
        await _runner.RunAsync(Invocation(SetGlobal));

        var again = await _runner.RunAsync(Invocation(SetGlobal, versionId: "v-set"));
        var other = await _runner.RunAsync(Invocation(ReadGlobal));

        Assert.Equal("\"set\"", again.ResultJson);
        Assert.Equal("""["undefined","undefined"]""", other.ResultJson);
    }

    [Fact]
    public async Task AVersion_CompiledOnce_RunsAgainWithFreshState()
    {
        const string counter = "let calls = 0; function handleEvent() { calls++; globalThis.total = (globalThis.total ?? 0) + 1; return [calls, total]; }";

        var first = await _runner.RunAsync(Invocation(counter, versionId: "v-counter"));
        var second = await _runner.RunAsync(Invocation(counter, versionId: "v-counter"));

        Assert.Equal("[1,1]", first.ResultJson);
        Assert.Equal("[1,1]", second.ResultJson);
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
