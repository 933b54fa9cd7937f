using System.Text.Json;
using Kitty.Functions.Fetch;
using Kitty.Functions.Modules;
using Microsoft.ClearScript;

namespace Kitty.Functions.Sandbox;

/// <summary>
/// The only host object an engine gets, and only inside the prelude's closure: every member is hidden from script
/// code except <c>invoke</c>, <c>log</c>, <c>resolveModule</c>, <c>readModule</c> and <c>fetch</c>. One bridge serves
/// its engine for life; it routes to the invocation that is running now, and refuses host calls made for an
/// invocation that has ended.
/// </summary>
[DefaultScriptUsage(ScriptAccess.None)]
public sealed class ScriptBridge
{
    private const string EndedMessage = "The chat function invocation that made this call has already ended.";
    private static readonly Task<string> Ended = Task.FromException<string>(new InvalidOperationException(EndedMessage));
    private static readonly Task<string> EndedFetch = Task.FromResult(JsonSerializer.Serialize(new { error = EndedMessage }));

    private readonly RequireHost _modules;
    private readonly FetchClient _fetch;
    private volatile Invocation? _current;

    internal ScriptBridge(RequireHost modules, FetchClient fetch)
    {
        _modules = modules;
        _fetch = fetch;
    }

    [ScriptMember("invoke", ScriptAccess.Full)]
    public Task<string> Invoke(double invocation, string api, string method, string argsJson) =>
        _current is { } current && current.Id == invocation ? current.Context.Invoke(api, method, argsJson) : Ended;

    [ScriptMember("log", ScriptAccess.Full)]
    public void Log(string level, string message) => _current?.Log.Add(ParseLevel(level), message);

    [ScriptMember("resolveModule", ScriptAccess.Full)]
    public string ResolveModule(string request, string? parent) => _modules.ResolveModule(request, parent);

    [ScriptMember("readModule", ScriptAccess.Full)]
    public string ReadModule(string path) => _modules.ReadModule(path);

    // fetch is a global, so it cannot carry an invocation id: it runs for the invocation running now (always one of
    // the same application: engines are never shared) and ends with that invocation's time.
    [ScriptMember("fetch", ScriptAccess.Full)]
    public Task<string> Fetch(string url, string method, string headersJson, string? body) => _current is { } current
        ? _fetch.SendAsync(url, method, headersJson, body, current.Deadline.TimeLeft, current.Deadline.Cancellation)
        : EndedFetch;

    internal void Begin(long id, IChatFunctionContext context, InvocationLog log, InvocationDeadline deadline) =>
        _current = new Invocation(id, context, log, deadline);

    internal void End() => _current = null;

    private static FunctionLogLevel ParseLevel(string level) => level switch
    {
        "info" => FunctionLogLevel.Info,
        "warn" => FunctionLogLevel.Warn,
        "error" => FunctionLogLevel.Error,
        _ => FunctionLogLevel.Log,
    };

    private sealed record Invocation(long Id, IChatFunctionContext Context, InvocationLog Log, InvocationDeadline Deadline);
}
