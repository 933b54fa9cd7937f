using System.Collections.Concurrent;
using System.Diagnostics;
using Kitty.Functions.Fetch;
using Kitty.Functions.Sandbox;
using Microsoft.ClearScript;

namespace Kitty.Functions;

/// <summary>
/// Runs chat functions in V8 on warm engines: one V8 runtime and context per engine, engines pooled per application
/// and runtime version and reused one invocation at a time, each function version evaluated once per engine.
/// Applications never share an engine; an engine interrupted for its timeout or heap limit is disposed, never reused.
/// At most <see cref="FunctionRunnerOptions.MaxConcurrentInvocationsPerApplication"/> invocations of one application
/// run at once (each holds an engine), so one busy tenant cannot fill the node with V8 runtimes, and at most
/// <see cref="FunctionRunnerOptions.MaxConcurrentInvocations"/> of all applications, which the thread pool keeps room for.
/// </summary>
public sealed class FunctionRunner : IDisposable
{
    private readonly FunctionRunnerOptions _options;
    private readonly WarmEnginePool _pool;
    private readonly FetchClient _fetch;
    private readonly ConcurrentDictionary<string, SemaphoreSlim> _admission = new(StringComparer.Ordinal);
    private readonly SemaphoreSlim _node;
    private long _invocations;

    public FunctionRunner(FunctionRunnerOptions options)
    {
        options.Validate();
        _options = options;
        _pool = new WarmEnginePool(options);
        _fetch = new FetchClient(options);
        _node = new SemaphoreSlim(options.MaxConcurrentInvocations);
        ReserveThreads(options.MaxConcurrentInvocations);
    }

    public async Task<FunctionResult> RunAsync(FunctionInvocation invocation, CancellationToken cancellationToken = default)
    {
        var started = Stopwatch.GetTimestamp();
        var log = new InvocationLog(_options.MaxLogEntries, _options.MaxLogEntryLength);
        var admission = _admission.GetOrAdd(invocation.Runtime.ApplicationId, _ => new SemaphoreSlim(_options.MaxConcurrentInvocationsPerApplication));
        if (!await Admit(admission, cancellationToken))
        {
            return Finish(null, Busy(cancellationToken), log, started);
        }

        if (!await Admit(_node, cancellationToken))
        {
            admission.Release();
            return Finish(null, Busy(cancellationToken), log, started);
        }

        try
        {
            var (engine, startFailure) = RentOrStart(invocation.Runtime);
            if (engine is null) return Finish(null, startFailure, log, started);

            var healthy = false;
            try
            {
                var (resultJson, failure, ok) = await new FunctionExecution(
                    engine, Interlocked.Increment(ref _invocations), invocation, log, _options).RunAsync(cancellationToken);
                healthy = ok && engine.StaysWarm();
                return Finish(resultJson, failure, log, started);
            }
            finally
            {
                _pool.Return(invocation.Runtime, engine, healthy);
            }
        }
        finally
        {
            _node.Release();
            admission.Release();
        }
    }

    public void Dispose()
    {
        _pool.Dispose();
        _fetch.Dispose();
    }

    // A script runs synchronously on a thread-pool thread, while ClearScript's heap monitor and the invocation
    // deadlines are pool timers. If running scripts held every pool thread, the monitor would fire too late: a memory
    // bomb would grow past the soft heap limit to V8's hard one, and V8 ends the whole process. So the pool starts
    // threads without delay up to one per core plus every script the node may run at once.
    private static void ReserveThreads(int scripts)
    {
        ThreadPool.GetMinThreads(out var workers, out var completionPorts);
        var wanted = Environment.ProcessorCount + scripts;
        if (workers < wanted) ThreadPool.SetMinThreads(wanted, completionPorts);
    }

    private async Task<bool> Admit(SemaphoreSlim admission, CancellationToken cancellationToken)
    {
        try
        {
            return admission.Wait(0, CancellationToken.None) || await admission.WaitAsync(_options.Timeout, cancellationToken);
        }
        catch (OperationCanceledException)
        {
            return false;
        }
    }

    private (WarmEngine? Engine, FunctionFailure? Failure) RentOrStart(FunctionRuntimeSettings runtime)
    {
        if (_pool.TryRent(runtime) is { } idle) return (idle, null);
        try
        {
            return (WarmEngine.Start(runtime, _options, _fetch), null);
        }
        catch (ScriptEngineException exception) when (FunctionExecution.IsHeapViolation(exception))
        {
            return (null, new FunctionFailure(FunctionFailureKind.MemoryLimit,
                $"The runtime's initialization script exceeded the memory limit of {_options.MaxHeapSizeMiB} MiB."));
        }
        catch (ScriptEngineException exception)
        {
            return (null, new FunctionFailure(FunctionFailureKind.ScriptError, "The runtime's initialization script failed: " + exception.Message));
        }
    }

    private FunctionFailure Busy(CancellationToken cancellationToken) => cancellationToken.IsCancellationRequested
        ? new FunctionFailure(FunctionFailureKind.Cancelled, "The function invocation was cancelled.")
        : new FunctionFailure(FunctionFailureKind.Timeout,
            $"The application already ran {_options.MaxConcurrentInvocationsPerApplication} functions at once for {_options.Timeout.TotalMilliseconds:0} ms; this invocation did not start.");

    private static FunctionResult Finish(string? resultJson, FunctionFailure? failure, InvocationLog log, long started)
    {
        var (logs, dropped) = log.Snapshot();
        return new FunctionResult(resultJson, failure, logs, dropped, Stopwatch.GetElapsedTime(started));
    }
}
