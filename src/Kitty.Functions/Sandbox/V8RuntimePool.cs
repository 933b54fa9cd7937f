using System.Collections.Concurrent;

namespace Kitty.Functions.Sandbox;

/// <summary>Idle V8 runtimes per (application, runtime version); a runtime is never shared across applications.</summary>
internal sealed class V8RuntimePool(FunctionRunnerOptions options) : IDisposable
{
    private readonly ConcurrentDictionary<(string ApplicationId, string RuntimeVersionId), ConcurrentBag<PooledRuntime>> _idle = new();
    private volatile bool _disposed;

    public PooledRuntime Rent(FunctionRuntimeSettings settings)
    {
        ObjectDisposedException.ThrowIf(_disposed, this);
        return Bag(settings).TryTake(out var runtime) ? runtime : new PooledRuntime(options);
    }

    /// <summary>Keeps a healthy runtime for reuse; an interrupted one (timeout, heap limit) is disposed.</summary>
    public void Return(FunctionRuntimeSettings settings, PooledRuntime runtime, bool healthy)
    {
        var bag = Bag(settings);
        if (healthy && !_disposed && bag.Count < options.MaxIdleRuntimesPerVersion)
        {
            bag.Add(runtime);
            return;
        }

        runtime.Dispose();
    }

    public void Dispose()
    {
        _disposed = true;
        foreach (var bag in _idle.Values)
        {
            while (bag.TryTake(out var runtime))
            {
                runtime.Dispose();
            }
        }
    }

    private ConcurrentBag<PooledRuntime> Bag(FunctionRuntimeSettings settings) =>
        _idle.GetOrAdd((settings.ApplicationId, settings.RuntimeVersionId), _ => []);
}
