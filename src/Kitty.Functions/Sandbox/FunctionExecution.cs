using System.Text.Json;
using Microsoft.ClearScript;
using Microsoft.ClearScript.V8;

namespace Kitty.Functions.Sandbox;

/// <summary>One invocation in a fresh engine of a rented runtime; the engine is disposed afterwards.</summary>
internal sealed class FunctionExecution(PooledRuntime runtime, FunctionInvocation invocation, InvocationLog log, FunctionRunnerOptions options)
{
    // No host type access, no dynamic imports, no file loading: the bridge is the only way out.
    private const V8ScriptEngineFlags EngineFlags =
        V8ScriptEngineFlags.EnableTaskPromiseConversion
        | V8ScriptEngineFlags.HideHostExceptions
        | V8ScriptEngineFlags.DisableGlobalMembers;

    /// <summary>Runs the invocation; <c>Healthy</c> is false when the runtime was interrupted and must not be reused.</summary>
    public async Task<(string? ResultJson, FunctionFailure? Failure, bool Healthy)> RunAsync(CancellationToken cancellationToken)
    {
        V8ScriptEngine engine;
        try
        {
            engine = CreateEngine();
        }
        catch (ScriptEngineException exception) when (IsHeapViolation(exception))
        {
            return (null, new FunctionFailure(FunctionFailureKind.MemoryLimit,
                "The function's runtime had no memory left to start it; the runtime is replaced."), false);
        }

        using (engine)
        {
            return await RunAsync(engine, cancellationToken);
        }
    }

    // Contexts of earlier invocations leave garbage in the shared runtime; collect it before it counts against the
    // heap limit of this invocation (ClearScript samples the whole runtime's heap, not one context's).
    private V8ScriptEngine CreateEngine()
    {
        var limit = (ulong)options.MaxHeapSizeMiB * 1024 * 1024;
        if (runtime.Runtime.GetHeapInfo().UsedHeapSize > limit / 2)
        {
            runtime.Runtime.CollectGarbage(exhaustive: true);
        }

        return runtime.Runtime.CreateScriptEngine(EngineFlags);
    }

    private async Task<(string? ResultJson, FunctionFailure? Failure, bool Healthy)> RunAsync(V8ScriptEngine engine, CancellationToken cancellationToken)
    {
        using var deadline = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        var expired = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        using var registration = deadline.Token.Register(() =>
        {
            engine.Interrupt();
            expired.TrySetResult();
        });
        deadline.CancelAfter(options.Timeout);

        var started = Task.Factory.StartNew(
            () => Start(engine), CancellationToken.None, TaskCreationOptions.DenyChildAttach, TaskScheduler.Default);
        var result = started.Unwrap();
        if (await Task.WhenAny(result, expired.Task) == expired.Task)
        {
            // The interrupt ends synchronous script; wait for it to leave the engine before disposing it.
            await ((Task)started).ConfigureAwait(ConfigureAwaitOptions.SuppressThrowing);
            return (null, Expired(cancellationToken), false);
        }

        try
        {
            return (ToJson(await result), null, true);
        }
        catch (Exception exception) when (exception is ScriptInterruptedException || (exception is ScriptEngineException && IsHeapViolation(exception)))
        {
            // Stopped without our deadline: ClearScript's heap monitor, which also blocks the runtime from now on.
            return (null, new FunctionFailure(FunctionFailureKind.MemoryLimit,
                $"The function exceeded its memory limit of {options.MaxHeapSizeMiB} MiB."), false);
        }
        catch (Exception exception) when (exception is ScriptEngineException or InvalidCastException)
        {
            return (null, new FunctionFailure(FunctionFailureKind.ScriptError, exception.Message), true);
        }
    }

    private Task<object> Start(V8ScriptEngine engine)
    {
        var bridge = new ScriptBridge(invocation.Context, log);
        var environment = JsonSerializer.Serialize(invocation.Runtime.EnvironmentVariables);
        var setup = (ScriptObject)engine.Evaluate(runtime.Prelude);
        var run = (ScriptObject)setup.InvokeAsFunction(bridge, environment, options.MaxLogEntryLength);
        if (!string.IsNullOrWhiteSpace(invocation.Runtime.InitializationScript))
        {
            engine.Execute(runtime.InitializationScript(invocation.Runtime.InitializationScript));
        }

        engine.Execute(runtime.FunctionScript(invocation.FunctionVersionId, invocation.Script));
        return (Task<object>)run.InvokeAsFunction(invocation.EventJson);
    }

    private FunctionFailure Expired(CancellationToken cancellationToken) => cancellationToken.IsCancellationRequested
        ? new FunctionFailure(FunctionFailureKind.Cancelled, "The function invocation was cancelled.")
        : new FunctionFailure(FunctionFailureKind.Timeout, $"The function timed out after {options.Timeout.TotalMilliseconds:0} ms.");

    private static bool IsHeapViolation(Exception exception) =>
        exception.Message.Contains("exceeded its memory limit", StringComparison.Ordinal);

    private static string ToJson(object value) => value as string
        ?? throw new InvalidCastException("The function's result could not be serialized to JSON.");
}
