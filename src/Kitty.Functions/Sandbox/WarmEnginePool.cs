using System.Collections.Concurrent;

namespace Kitty.Functions.Sandbox;

/// <summary>
/// Idle warm engines per application, all of the application's newest runtime version: when a new runtime version
/// is first used, the idle engines of older versions are disposed. An engine is never shared across applications.
/// </summary>
internal sealed class WarmEnginePool(FunctionRunnerOptions options) : IDisposable
{
    private readonly ConcurrentDictionary<string, ApplicationEngines> _applications = new(StringComparer.Ordinal);
    private volatile bool _disposed;

    /// <summary>An idle engine of the settings' runtime version, or null when a new one must be started.</summary>
    public WarmEngine? TryRent(FunctionRuntimeSettings settings)
    {
        ObjectDisposedException.ThrowIf(_disposed, this);
        return Engines(settings.ApplicationId).TryRent(settings.RuntimeVersionId);
    }

    /// <summary>Keeps a healthy engine for reuse; an interrupted or surplus one is disposed.</summary>
    public void Return(FunctionRuntimeSettings settings, WarmEngine engine, bool healthy)
    {
        if (!healthy || _disposed || !Engines(settings.ApplicationId).TryKeep(settings.RuntimeVersionId, engine, options.MaxIdleRuntimesPerVersion))
        {
            engine.Dispose();
        }
    }

    public void Dispose()
    {
        _disposed = true;
        foreach (var engines in _applications.Values)
        {
            engines.Clear();
        }
    }

    private ApplicationEngines Engines(string applicationId) => _applications.GetOrAdd(applicationId, _ => new ApplicationEngines());

    private sealed class ApplicationEngines
    {
        private readonly Lock _lock = new();
        private readonly Stack<WarmEngine> _idle = new();
        private string? _runtimeVersionId;

        public WarmEngine? TryRent(string runtimeVersionId)
        {
            lock (_lock)
            {
                if (_runtimeVersionId == runtimeVersionId) return _idle.TryPop(out var engine) ? engine : null;
                DisposeIdle();
                _runtimeVersionId = runtimeVersionId;
                return null;
            }
        }

        public bool TryKeep(string runtimeVersionId, WarmEngine engine, int maxIdle)
        {
            lock (_lock)
            {
                if (_runtimeVersionId != runtimeVersionId || _idle.Count >= maxIdle) return false;
                _idle.Push(engine);
                return true;
            }
        }

        public void Clear()
        {
            lock (_lock)
            {
                DisposeIdle();
            }
        }

        private void DisposeIdle()
        {
            while (_idle.TryPop(out var engine))
            {
                engine.Dispose();
            }
        }
    }
}
