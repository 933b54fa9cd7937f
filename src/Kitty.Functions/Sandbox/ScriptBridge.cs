using Microsoft.ClearScript;

namespace Kitty.Functions.Sandbox;

/// <summary>
/// The only host object an engine gets, and only inside the prelude's closure: every member is hidden from script
/// code except <c>invoke</c> and <c>log</c>. One bridge serves its engine for life; it routes to the invocation that
/// is running now, and refuses host calls made for an invocation that has ended.
/// </summary>
[DefaultScriptUsage(ScriptAccess.None)]
public sealed class ScriptBridge
{
    private static readonly Task<string> Ended = Task.FromException<string>(
        new InvalidOperationException("The chat function invocation that made this call has already ended."));

    private volatile Invocation? _current;

    [ScriptMember("invoke", ScriptAccess.Full)]
    public Task<string> Invoke(double invocation, string api, string method, string argsJson) =>
        _current is { } current && current.Id == invocation ? current.Context.Invoke(api, method, argsJson) : Ended;

    [ScriptMember("log", ScriptAccess.Full)]
    public void Log(string level, string message) => _current?.Log.Add(ParseLevel(level), message);

    internal void Begin(long id, IChatFunctionContext context, InvocationLog log) => _current = new Invocation(id, context, log);

    internal void End() => _current = null;

    private static FunctionLogLevel ParseLevel(string level) => level switch
    {
        "info" => FunctionLogLevel.Info,
        "warn" => FunctionLogLevel.Warn,
        "error" => FunctionLogLevel.Error,
        _ => FunctionLogLevel.Log,
    };

    private sealed record Invocation(long Id, IChatFunctionContext Context, InvocationLog Log);
}
