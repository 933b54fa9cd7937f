using Kitty.Functions.Sandbox;
using Microsoft.ClearScript;
using Microsoft.ClearScript.V8;

namespace Kitty.Functions.Tests.Support;

/// <summary>A V8 engine with the sandbox's flags and the require/fetch factories applied to a host, as globals.</summary>
internal static class ScriptEngines
{
    public static V8ScriptEngine WithGlobals(ScriptHost host)
    {
        var engine = new V8ScriptEngine(
            V8ScriptEngineFlags.EnableTaskPromiseConversion | V8ScriptEngineFlags.HideHostExceptions | V8ScriptEngineFlags.DisableGlobalMembers);
        var define = (ScriptObject)engine.Evaluate("(name, factory, host) => { globalThis[name] = factory(host); }");
        define.InvokeAsFunction("require", engine.Evaluate(SandboxScripts.Require), host);
        define.InvokeAsFunction("fetch", engine.Evaluate(SandboxScripts.Fetch), host);
        return engine;
    }

    /// <summary>Runs an async script body and returns what it resolves to, as JSON.</summary>
    public static async Task<string> RunAsync(V8ScriptEngine engine, string body) =>
        (string)await (Task<object>)engine.Evaluate($"(async () => JSON.stringify(await (async () => {{ {body} }})()))()");

    /// <summary>The message of what the script body throws or rejects with, prefixed by the error's name.</summary>
    public static async Task<string> FailureAsync(V8ScriptEngine engine, string body) =>
        System.Text.Json.JsonSerializer.Deserialize<string>(await RunAsync(engine,
            $"try {{ {body}; return 'no error'; }} catch (e) {{ return e.name + ': ' + e.message + (e.code ? ' [' + e.code + ']' : ''); }}"))!;
}
