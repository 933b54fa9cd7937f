using static Kitty.Functions.Tests.Functions;

namespace Kitty.Functions.Tests;

public sealed class ContextApiTests : IDisposable
{
    private readonly FunctionRunner _runner = Runner();

    [Fact]
    public async Task ContextApiCalls_RoundTripThroughTheBridge_AsData()
    {
        var context = new FakeChatFunctionContext(async (api, method, args) =>
        {
            await Task.Yield();
            return $$"""{"api":"{{api}}","method":"{{method}}","args":{{args}}}""";
        });

        var result = await _runner.RunAsync(Invocation("""
            async function handleEvent(event, context) {
              const users = context.getUserApi();
              const created = await users.createUser({ name: event.username, displayName: 'Jane' });
              const member = await context.getChannelApi().addChannelMember(42, { id: 7 });
              await context.getMessageApi().listMessages();
              await context.getApplicationApi().getApplication();
              await context.getUserSessionApi().listUserSessions();
              return { created: created.data, member: member.data };
            }
            """, """{"username":"jane"}""", context: context));

        Assert.True(result.Succeeded, result.Failure?.Message);
        Assert.Equal(
            """{"created":{"api":"user","method":"createUser","args":[{"name":"jane","displayName":"Jane"}]},"member":{"api":"channel","method":"addChannelMember","args":[42,{"id":7}]}}""",
            result.ResultJson);
        Assert.Equal(
            ["user.createUser", "channel.addChannelMember", "message.listMessages", "application.getApplication", "userSession.listUserSessions"],
            context.Calls.Select(call => $"{call.Api}.{call.Method}"));
    }

    [Fact]
    public async Task ApiClient_IsNotThenable_SoAwaitingItCallsNothing()
    {
        var context = new FakeChatFunctionContext();

        var result = await _runner.RunAsync(Invocation(
            "async function handleEvent(e, context) { const api = await context.getUserApi(); return typeof api.then; }",
            context: context));

        Assert.Equal("\"undefined\"", result.ResultJson);
        Assert.Empty(context.Calls);
    }

    [Fact]
    public async Task FailingHostCall_RejectsInTheScript_WithItsMessage()
    {
        var context = new FakeChatFunctionContext((_, _, _) => Task.FromException<string>(new InvalidOperationException("User not found")));

        var result = await _runner.RunAsync(Invocation("""
            async function handleEvent(event, context) {
              try { await context.getUserApi().getUserExists('ghost'); return 'exists'; }
              catch (e) { return [e instanceof Error, e.message.includes('User not found'), e.hostException === undefined]; }
            }
            """, context: context));

        Assert.Equal("[true,true,true]", result.ResultJson);
    }

    [Fact]
    public async Task UncaughtFailingHostCall_FailsTheInvocation()
    {
        var context = new FakeChatFunctionContext((_, _, _) => Task.FromException<string>(new InvalidOperationException("User not found")));

        var result = await _runner.RunAsync(Invocation(
            "async function handleEvent(e, context) { await context.getUserApi().getUserExists('ghost'); }",
            context: context));

        Assert.Equal(FunctionFailureKind.ScriptError, result.Failure?.Kind);
        Assert.Contains("User not found", result.Failure!.Message);
    }

    public void Dispose() => _runner.Dispose();
}
