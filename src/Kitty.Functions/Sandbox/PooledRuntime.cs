using Microsoft.ClearScript.V8;

namespace Kitty.Functions.Sandbox;

/// <summary>
/// One V8 runtime (isolate) of one application and runtime version, with the scripts compiled in it. Used by one
/// invocation at a time; each invocation gets a fresh engine (V8 context, so a fresh global scope) from it.
/// </summary>
internal sealed class PooledRuntime : IDisposable
{
    private const string InitializationKey = "init";

    private readonly Dictionary<string, V8Script> _scripts = [];
    private readonly int _maxScripts;

    public PooledRuntime(FunctionRunnerOptions options)
    {
        var constraints = new V8RuntimeConstraints
        {
            MaxOldSpaceSize = options.HardHeapSizeMiB,
            MaxArrayBufferAllocation = (ulong)options.MaxArrayBufferMiB * 1024 * 1024,
        };
        Runtime = new V8Runtime(constraints)
        {
            MaxHeapSize = (UIntPtr)((ulong)options.MaxHeapSizeMiB * 1024 * 1024),
            HeapSizeSampleInterval = options.HeapSizeSampleInterval,
            MaxStackUsage = (UIntPtr)((ulong)options.MaxStackUsageKiB * 1024),
        };
        Prelude = Runtime.Compile("kitty-prelude", SandboxScripts.Prelude);
        _maxScripts = options.MaxCompiledScriptsPerRuntime;
    }

    public V8Runtime Runtime { get; }

    public V8Script Prelude { get; }

    public V8Script InitializationScript(string code) => GetOrCompile(InitializationKey, "initialization-script", code);

    public V8Script FunctionScript(string versionId, string code) => GetOrCompile("fn:" + versionId, "function", code);

    public void Dispose()
    {
        foreach (var script in _scripts.Values)
        {
            script.Dispose();
        }

        Prelude.Dispose();
        Runtime.Dispose();
    }

    private V8Script GetOrCompile(string key, string documentName, string code)
    {
        if (_scripts.TryGetValue(key, out var script))
        {
            return script;
        }

        if (_scripts.Count >= _maxScripts)
        {
            foreach (var (cachedKey, cached) in _scripts.Where(entry => entry.Key != InitializationKey).ToList())
            {
                cached.Dispose();
                _scripts.Remove(cachedKey);
            }
        }

        script = Runtime.Compile(documentName, code);
        _scripts[key] = script;
        return script;
    }
}
