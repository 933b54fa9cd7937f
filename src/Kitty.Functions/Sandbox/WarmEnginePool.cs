using System.Collections.Concurrent;
using System.Diagnostics;

namespace Kitty.Functions.Sandbox;

/// <summary>
/// Idle warm engines per application, all of the application's newest runtime version: when a new runtime version
/// is first used, the idle engines of older versions are disposed. An engine is never shared across applications.
/// A busy application keeps as many engines as it runs at once (starting a V8 runtime costs milliseconds, so
/// churning them would cap throughput); engines idle longer than <see cref="FunctionRunnerOptions.IdleEngineLifetime"/>
/// are disposed by a periodic sweep, so a quiet application holds none.
/// </summary>
internal sealed class WarmEnginePool : IDisposable
{
    private readonly FunctionRunnerOptions _options;
    private readonly ConcurrentDictionary<string, ApplicationEngines> _applications = new(StringComparer.Ordinal);
    private readonly Timer _sweep;
    private volatile bool _disposed;

    public WarmEnginePool(FunctionRunnerOptions options)
    {
        _options = options;
        var period = options.IdleEngineLifetime / 2;
        _sweep = new Timer(_ => Sweep(), null, period, period);
    }

    /// <summary>An idle engine of the settings' runtime version, or null when a new one must be started.</summary>
    public WarmEngine? TryRent(FunctionRuntimeSettings settings)
    {
        ObjectDisposedException.ThrowIf(_disposed, this);
        return Engines(settings.ApplicationId).TryRent(settings.RuntimeVersionId);
    }

    /// <summary>Keeps a healthy engine for reuse; an interrupted or surplus one is disposed.</summary>
    public void Return(FunctionRuntimeSettings settings, WarmEngine engine, bool healthy)
    {
        if (!healthy || _disposed || !Engines(settings.ApplicationId).TryKeep(settings.RuntimeVersionId, engine, _options.MaxIdleRuntimesPerVersion))
        {
            engine.Dispose();
        }
    }

    public void Dispose()
    {
        _disposed = true;
        _sweep.Dispose();
        foreach (var engines in _applications.Values)
        {
            engines.DisposeIdle(olderThan: long.MaxValue);
        }
    }

    private void Sweep()
    {
        var cutoff = Stopwatch.GetTimestamp() - (long)(_options.IdleEngineLifetime.TotalSeconds * Stopwatch.Frequency);
        foreach (var engines in _applications.Values)
        {
            engines.DisposeIdle(olderThan: cutoff);
        }
    }

    private ApplicationEngines Engines(string applicationId) => _applications.GetOrAdd(applicationId, _ => new ApplicationEngines());

    private sealed class ApplicationEngines
    {
        private readonly Lock _lock = new();

        // Oldest first: renting takes the most recently returned engine, so the ones at the front go idle and age out.
        private readonly List<(WarmEngine Engine, long IdleSince)> _idle = [];
        private string? _runtimeVersionId;

        public WarmEngine? TryRent(string runtimeVersionId)
        {
            lock (_lock)
            {
                if (_runtimeVersionId != runtimeVersionId)
                {
                    DisposeIdle(olderThan: long.MaxValue);
                    _runtimeVersionId = runtimeVersionId;
                    return null;
                }

                if (_idle.Count == 0) return null;
                var engine = _idle[^1].Engine;
                _idle.RemoveAt(_idle.Count - 1);
                return engine;
            }
        }

        public bool TryKeep(string runtimeVersionId, WarmEngine engine, int maxIdle)
        {
            lock (_lock)
            {
                if (_runtimeVersionId != runtimeVersionId || _idle.Count >= maxIdle) return false;
                _idle.Add((engine, Stopwatch.GetTimestamp()));
                return true;
            }
        }

        public void DisposeIdle(long olderThan)
        {
            lock (_lock)
            {
                var expired = _idle.FindLastIndex(idle => idle.IdleSince <= olderThan) + 1;
                for (var i = 0; i < expired; i++)
                {
                    _idle[i].Engine.Dispose();
                }

                _idle.RemoveRange(0, expired);
            }
        }
    }
}
