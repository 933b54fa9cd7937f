using System.Text.Json;
using Kitty.Functions.Fetch;
using Kitty.Functions.Modules;
using Microsoft.ClearScript;
using Microsoft.ClearScript.V8;

namespace Kitty.Functions.Sandbox;

/// <summary>
/// A V8 runtime (isolate) with one engine (context) of one application and runtime version, reused by its
/// invocations one at a time. The prelude and the initialization script run once, when the engine starts; each
/// function version is evaluated once, in its own function scope, and its handler kept. What an invocation leaves in
/// the global scope is seen by later invocations of the same application, as in a warm Node process; engines are
/// never shared between applications, and an interrupted engine is never reused.
/// </summary>
internal sealed class WarmEngine : IDisposable
{
    // No host type access, no dynamic imports, no file loading: the bridge is the only way out.
    private const V8ScriptEngineFlags EngineFlags =
        V8ScriptEngineFlags.EnableTaskPromiseConversion
        | V8ScriptEngineFlags.HideHostExceptions
        | V8ScriptEngineFlags.DisableGlobalMembers;

    // The wrapper keeps the script's first line on line 1, so error positions match the source.
    private const string WrapperStart = "(function (module, exports) {";
    private const string WrapperEnd = "\n;return typeof handleEvent === 'function' ? handleEvent : undefined;\n})";

    // Heap statistics cost a call into V8; looking every so many invocations is enough to catch a slow leak.
    private const int HeapCheckInterval = 32;

    private readonly V8Runtime _runtime;
    private readonly V8ScriptEngine _engine;
    private readonly ScriptBridge _bridge;
    private readonly ScriptObject _loader;
    private readonly ScriptObject _load;
    private readonly ScriptObject _run;
    private readonly HashSet<string> _loaded = [];
    private readonly ulong _heapLimit;
    private readonly int _maxVersions;
    private long _invocations;

    private WarmEngine(V8Runtime runtime, V8ScriptEngine engine, ScriptBridge bridge, ScriptObject loader, FunctionRunnerOptions options)
    {
        _runtime = runtime;
        _engine = engine;
        _bridge = bridge;
        _loader = loader;
        _load = (ScriptObject)loader.GetProperty("load");
        _run = (ScriptObject)loader.GetProperty("run");
        _heapLimit = (ulong)options.MaxHeapSizeMiB * 1024 * 1024;
        _maxVersions = options.MaxCompiledScriptsPerRuntime;
    }

    /// <summary>Starts an engine: the prelude, then the runtime's initialization script in the global scope.</summary>
    /// <exception cref="ScriptEngineException">The initialization script failed; nothing is left running.</exception>
    public static WarmEngine Start(FunctionRuntimeSettings settings, FunctionRunnerOptions options, FetchClient fetch)
    {
        var runtime = new V8Runtime(new V8RuntimeConstraints
        {
            MaxOldSpaceSize = options.HardHeapSizeMiB,
            MaxArrayBufferAllocation = (ulong)options.MaxArrayBufferMiB * 1024 * 1024,
        })
        {
            MaxHeapSize = (UIntPtr)((ulong)options.MaxHeapSizeMiB * 1024 * 1024),
            HeapSizeSampleInterval = options.HeapSizeSampleInterval,
            MaxStackUsage = (UIntPtr)((ulong)options.MaxStackUsageKiB * 1024),
        };
        V8ScriptEngine? engine = null;
        try
        {
            engine = runtime.CreateScriptEngine(EngineFlags);
            var bridge = new ScriptBridge(new RequireHost(new ModuleResolver(settings.Packages, options.MaxModuleBytes)), fetch);
            var setup = (ScriptObject)engine.Evaluate(new DocumentInfo("kitty-prelude"), SandboxScripts.Prelude);
            var loader = (ScriptObject)setup.InvokeAsFunction(
                bridge, JsonSerializer.Serialize(settings.EnvironmentVariables), options.MaxLogEntryLength,
                engine.Evaluate(new DocumentInfo("kitty-require"), SandboxScripts.Require),
                engine.Evaluate(new DocumentInfo("kitty-fetch"), SandboxScripts.Fetch));
            if (!string.IsNullOrWhiteSpace(settings.InitializationScript))
            {
                engine.Execute(new DocumentInfo("initialization-script"), settings.InitializationScript);
            }

            return new WarmEngine(runtime, engine, bridge, loader, options);
        }
        catch
        {
            engine?.Dispose();
            runtime.Dispose();
            throw;
        }
    }

    /// <summary>
    /// The synchronous part of an invocation: loads the version if this engine has not yet, then calls its handler.
    /// Runs until the handler first awaits; the task completes when its promise settles.
    /// </summary>
    public Task<object> Begin(long invocationNumber, FunctionInvocation invocation, InvocationLog log, InvocationDeadline deadline)
    {
        _bridge.Begin(invocationNumber, invocation.Context, log, deadline);
        if (!_loaded.Contains(invocation.FunctionVersionId))
        {
            var factory = _engine.Evaluate(
                new DocumentInfo("function"), string.Concat(WrapperStart, invocation.Script, WrapperEnd));
            _load.InvokeAsFunction(invocation.FunctionVersionId, factory);
            _loaded.Add(invocation.FunctionVersionId);
        }

        return (Task<object>)_run.InvokeAsFunction(invocation.FunctionVersionId, invocationNumber, invocation.EventJson);
    }

    /// <summary>Detaches the finished invocation: host calls it left pending are refused from now on.</summary>
    public void End() => _bridge.End();

    /// <summary>Stops the script running in this engine; the engine must then be disposed, not reused.</summary>
    public void Interrupt() => _engine.Interrupt();

    /// <summary>
    /// Whether this engine may serve another invocation: it keeps a bounded number of versions, and garbage that
    /// survives a full collection must stay well under the heap limit (else the next invocation would pay for it).
    /// </summary>
    public bool StaysWarm()
    {
        if (_loaded.Count > _maxVersions) return false;
        if (++_invocations % HeapCheckInterval != 0) return true;
        if (_runtime.GetHeapInfo().UsedHeapSize <= _heapLimit / 2) return true;
        _runtime.CollectGarbage(exhaustive: true);
        return _runtime.GetHeapInfo().UsedHeapSize <= _heapLimit / 2;
    }

    public void Dispose()
    {
        _loader.Dispose();
        _engine.Dispose();
        _runtime.Dispose();
    }
}
