using static Kitty.Functions.Tests.Functions;

namespace Kitty.Functions.Tests;

public sealed class SandboxTests : IDisposable
{
    private const string Trivial = "async function handleEvent() { return 'still here'; }";

    // Long enough that an ordinary function never hits it on a loaded CI machine; short enough to keep the loops quick.
    private readonly FunctionRunner _runner = Runner(TimeSpan.FromSeconds(2));

    [Fact]
    public async Task InfiniteLoop_IsInterruptedAtTheTimeout_AndTheRunnerStillWorks()
    {
        var result = await _runner.RunAsync(Invocation("function handleEvent() { while (true) {} }"));

        Assert.Equal(FunctionFailureKind.Timeout, result.Failure?.Kind);
        Assert.InRange(result.Duration, TimeSpan.FromSeconds(1.9), TimeSpan.FromSeconds(10));
        Assert.Equal("\"still here\"", (await _runner.RunAsync(Invocation(Trivial))).ResultJson);
    }

    [Fact]
    public async Task InfiniteLoopAfterAHostCall_IsInterruptedAtTheTimeout()
    {
        var context = new FakeChatFunctionContext(async (_, _, _) =>
        {
            await Task.Yield();
            return "1";
        });

        var result = await _runner.RunAsync(Invocation(
            "async function handleEvent(e, context) { await context.getUserApi().getUser(1); while (true) {} }",
            context: context));

        Assert.Equal(FunctionFailureKind.Timeout, result.Failure?.Kind);
        Assert.Equal("\"still here\"", (await _runner.RunAsync(Invocation(Trivial))).ResultJson);
    }

    [Fact]
    public async Task HostCallThatNeverAnswers_TimesOut()
    {
        var context = new FakeChatFunctionContext((_, _, _) => new TaskCompletionSource<string>().Task);

        var result = await _runner.RunAsync(Invocation(
            "async function handleEvent(e, context) { await context.getUserApi().getUser(1); }", context: context));

        Assert.Equal(FunctionFailureKind.Timeout, result.Failure?.Kind);
    }

    [Fact]
    public async Task CallerCancellation_StopsTheInvocation()
    {
        using var cancellation = new CancellationTokenSource();
        var context = new FakeChatFunctionContext((_, _, _) =>
        {
            cancellation.Cancel();
            return new TaskCompletionSource<string>().Task;
        });

        var result = await _runner.RunAsync(
            Invocation("async function handleEvent(e, context) { await context.getUserApi().getUser(1); }", context: context),
            cancellation.Token);

        Assert.Equal(FunctionFailureKind.Cancelled, result.Failure?.Kind);
    }

    [Fact]
    public async Task MemoryBomb_FailsItsInvocation_AndTheRunnerStillWorks()
    {
        using var runner = Runner(TimeSpan.FromSeconds(20));

        var result = await runner.RunAsync(Invocation(
            "function handleEvent() { const hoard = []; while (true) hoard.push(new Array(100000).fill('x' + hoard.length)); }"));

        Assert.Equal(FunctionFailureKind.MemoryLimit, result.Failure?.Kind);
        Assert.Equal("\"still here\"", (await runner.RunAsync(Invocation(Trivial))).ResultJson);
    }

    [Fact]
    public async Task HugeArrayBuffer_IsRefused()
    {
        var result = await _runner.RunAsync(Invocation("function handleEvent() { return new ArrayBuffer(512 * 1024 * 1024).byteLength; }"));

        Assert.Equal(FunctionFailureKind.ScriptError, result.Failure?.Kind);
    }

    [Fact]
    public async Task DeepRecursion_FailsWithAStackOverflowError_AndTheRunnerStillWorks()
    {
        var result = await _runner.RunAsync(Invocation("function handleEvent() { const down = (n) => down(n + 1) + 1; return down(0); }"));

        Assert.Equal(FunctionFailureKind.ScriptError, result.Failure?.Kind);
        Assert.Contains("call stack", result.Failure!.Message);
        Assert.Equal("\"still here\"", (await _runner.RunAsync(Invocation(Trivial))).ResultJson);
    }

    [Fact]
    public async Task HostObjects_AreUnreachable_AndRequireAndFetchArePlainJavaScript()
    {
        var result = await _runner.RunAsync(Invocation("""
            async function handleEvent() {
              const names = ['require', 'fetch', 'System', 'host', 'xHost', 'clr', 'mscorlib', 'lib', 'EngineInternal',
                'setTimeout', 'XMLHttpRequest', 'WebAssembly', 'Deno', 'Bun'];
              const reachable = names.filter(name => typeof globalThis[name] !== 'undefined');
              let imported;
              try { await import('fs'); imported = 'imported'; } catch { imported = 'refused'; }
              // ClearScript's own frozen helper object of plain JavaScript functions; it holds no host object.
              const internals = Object.getOwnPropertyNames(EngineInternal).map(name => EngineInternal[name]);
              const hostObjects = internals.filter(value => EngineInternal.isHostObject(value)).length;
              const hostGlobals = [require, fetch].filter(value => EngineInternal.isHostObject(value)).length;
              return { reachable, imported, process: Object.keys(process), frozen: Object.isFrozen(EngineInternal), hostObjects, hostGlobals };
            }
            """));

        Assert.True(result.Succeeded, result.Failure?.Message);
        Assert.Equal("""{"reachable":["require","fetch","EngineInternal","WebAssembly"],"imported":"refused","process":["env"],"frozen":true,"hostObjects":0,"hostGlobals":0}""", result.ResultJson);
    }

    [Fact]
    public async Task ConsoleAndContext_DoNotLeakTheHostBridge()
    {
        var result = await _runner.RunAsync(Invocation("""
            async function handleEvent(event, context) {
              const api = context.getUserApi();
              const leaks = [console.log, api.createUser, context.getUserApi]
                .map(f => f.toString())
                .filter(text => text.includes('[native code]') === false && /GetType|hostException/.test(text));
              return { leaks, frozen: Object.isFrozen(context), keys: Object.keys(context).sort() };
            }
            """));

        Assert.Equal(
            """{"leaks":[],"frozen":true,"keys":["getApplicationApi","getChannelApi","getMessageApi","getUserApi","getUserSessionApi"]}""",
            result.ResultJson);
    }

    public void Dispose() => _runner.Dispose();
}
