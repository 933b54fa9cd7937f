using static Kitty.Functions.Tests.Functions;

namespace Kitty.Functions.Tests;

public sealed class FunctionRunnerTests : IDisposable
{
    private readonly FunctionRunner _runner = Runner();

    [Fact]
    public async Task AsyncHandleEvent_ReturnsTheJsonOfItsAwaitedValue()
    {
        var result = await _runner.RunAsync(Invocation("async function handleEvent(event, context) { return { ok: true, n: 1 }; }"));

        Assert.True(result.Succeeded, result.Failure?.Message);
        Assert.Equal("""{"ok":true,"n":1}""", result.ResultJson);
    }

    [Fact]
    public async Task HandleEvent_ReturningUndefined_ReturnsJsonNull()
    {
        var result = await _runner.RunAsync(Invocation("function handleEvent() {}"));

        Assert.Equal("null", result.ResultJson);
    }

    [Theory]
    [InlineData("const handleEvent = async (event) => event.username;")]
    [InlineData("module.exports = async (event) => event.username;")]
    [InlineData("exports.handleEvent = async (event) => event.username;")]
    [InlineData("module.exports = { handleEvent: async (event) => event.username };")]
    [InlineData("exports.default = async function (event) { return event.username; };")]
    public async Task HandleEvent_DefinedInAnyStyle_SeesTheEventFields(string script)
    {
        var result = await _runner.RunAsync(Invocation(script, """{"username":"jane","authParams":{"a":1}}"""));

        Assert.Equal("\"jane\"", result.ResultJson);
    }

    [Fact]
    public async Task Script_WithoutHandleEvent_FailsWithAClearMessage()
    {
        var result = await _runner.RunAsync(Invocation("const x = 1;"));

        Assert.Equal(FunctionFailureKind.ScriptError, result.Failure?.Kind);
        Assert.Contains("handleEvent", result.Failure!.Message);
    }

    [Fact]
    public async Task Script_WithSyntaxError_FailsWithTheSyntaxError()
    {
        var result = await _runner.RunAsync(Invocation("async function handleEvent( {"));

        Assert.Equal(FunctionFailureKind.ScriptError, result.Failure?.Kind);
        Assert.Contains("SyntaxError", result.Failure!.Message);
    }

    [Fact]
    public async Task ThrownError_FailsWithItsMessage()
    {
        var result = await _runner.RunAsync(Invocation("async function handleEvent() { await null; throw new Error('no entry'); }"));

        Assert.Equal(FunctionFailureKind.ScriptError, result.Failure?.Kind);
        Assert.Contains("no entry", result.Failure!.Message);
    }

    [Fact]
    public async Task SynchronousThrow_FailsWithItsMessage()
    {
        var result = await _runner.RunAsync(Invocation("function handleEvent() { throw new TypeError('bad type'); }"));

        Assert.Contains("bad type", result.Failure!.Message);
    }

    [Fact]
    public async Task ConsoleOutput_IsCapturedBoundedInCountAndLength()
    {
        var result = await _runner.RunAsync(Invocation("""
            function handleEvent() {
              console.log('hello', { a: 1 }, 2);
              console.warn('careful');
              console.error('x'.repeat(500));
              for (let i = 0; i < 10; i++) console.info('line', i);
            }
            """));

        Assert.True(result.Succeeded, result.Failure?.Message);
        Assert.Equal(5, result.Logs.Count);
        Assert.Equal(new FunctionLogEntry(FunctionLogLevel.Log, """hello {"a":1} 2"""), result.Logs[0]);
        Assert.Equal(new FunctionLogEntry(FunctionLogLevel.Warn, "careful"), result.Logs[1]);
        Assert.Equal(FunctionLogLevel.Error, result.Logs[2].Level);
        Assert.Equal(50, result.Logs[2].Message.Length);
        Assert.Equal(new FunctionLogEntry(FunctionLogLevel.Info, "line 0"), result.Logs[3]);
        Assert.Equal(8, result.DroppedLogCount);
    }

    [Fact]
    public async Task ProcessEnvAndInitializationScript_AreVisibleToTheFunction()
    {
        var runtime = Runtime(
            initializationScript: "globalThis.greeting = 'hi ' + process.env.NAME; const initialized = true;",
            environment: new Dictionary<string, string> { ["NAME"] = "kitty" });

        var result = await _runner.RunAsync(Invocation(
            "async function handleEvent() { return [greeting, initialized, process.env.NAME, process.env.MISSING ?? null]; }",
            runtime: runtime));

        Assert.Equal("""["hi kitty",true,"kitty",null]""", result.ResultJson);
    }

    public void Dispose() => _runner.Dispose();
}
