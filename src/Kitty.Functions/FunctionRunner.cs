using System.Diagnostics;
using Kitty.Functions.Sandbox;

namespace Kitty.Functions;

/// <summary>
/// Runs chat functions in V8. Isolation: a V8 runtime (isolate) belongs to one application and runtime version and
/// serves one invocation at a time; every invocation gets a fresh engine (V8 context), so globals never outlive an
/// invocation. Compiled scripts are cached per runtime by version id. A runtime interrupted for its timeout or heap
/// limit is disposed, never reused.
/// </summary>
public sealed class FunctionRunner : IDisposable
{
    private readonly FunctionRunnerOptions _options;
    private readonly V8RuntimePool _pool;

    public FunctionRunner(FunctionRunnerOptions options)
    {
        options.Validate();
        _options = options;
        _pool = new V8RuntimePool(options);
    }

    public async Task<FunctionResult> RunAsync(FunctionInvocation invocation, CancellationToken cancellationToken = default)
    {
        var started = Stopwatch.GetTimestamp();
        var log = new InvocationLog(_options.MaxLogEntries, _options.MaxLogEntryLength);
        var runtime = _pool.Rent(invocation.Runtime);
        var healthy = false;
        try
        {
            var (resultJson, failure, ok) = await new FunctionExecution(runtime, invocation, log, _options).RunAsync(cancellationToken);
            healthy = ok;
            var (logs, dropped) = log.Snapshot();
            return new FunctionResult(resultJson, failure, logs, dropped, Stopwatch.GetElapsedTime(started));
        }
        finally
        {
            _pool.Return(invocation.Runtime, runtime, healthy);
        }
    }

    public void Dispose() => _pool.Dispose();
}
