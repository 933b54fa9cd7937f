using Microsoft.ClearScript;

namespace Kitty.Functions.Sandbox;

/// <summary>
/// The only host object a script's engine gets, and only inside the prelude's closure: every member is hidden
/// from script code except <c>invoke</c> and <c>log</c>.
/// </summary>
[DefaultScriptUsage(ScriptAccess.None)]
public sealed class ScriptBridge
{
    private readonly IChatFunctionContext _context;
    private readonly InvocationLog _log;

    internal ScriptBridge(IChatFunctionContext context, InvocationLog log)
    {
        _context = context;
        _log = log;
    }

    [ScriptMember("invoke", ScriptAccess.Full)]
    public Task<string> Invoke(string api, string method, string argsJson) => _context.Invoke(api, method, argsJson);

    [ScriptMember("log", ScriptAccess.Full)]
    public void Log(string level, string message) => _log.Add(ParseLevel(level), message);

    private static FunctionLogLevel ParseLevel(string level) => level switch
    {
        "info" => FunctionLogLevel.Info,
        "warn" => FunctionLogLevel.Warn,
        "error" => FunctionLogLevel.Error,
        _ => FunctionLogLevel.Log,
    };
}
