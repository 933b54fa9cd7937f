using System.Diagnostics;
using Microsoft.ClearScript;

namespace Kitty.Functions.Sandbox;

/// <summary>One invocation on a rented warm engine, under the invocation's wall-clock deadline.</summary>
internal sealed class FunctionExecution(WarmEngine engine, long invocationNumber, FunctionInvocation invocation, InvocationLog log, FunctionRunnerOptions options)
{
    /// <summary>Runs the invocation; <c>Healthy</c> is false when the engine was interrupted and must not be reused.</summary>
    public async Task<(string? ResultJson, FunctionFailure? Failure, bool Healthy)> RunAsync(CancellationToken cancellationToken)
    {
        try
        {
            return await RunGuardedAsync(cancellationToken);
        }
        finally
        {
            engine.End();
        }
    }

    private async Task<(string? ResultJson, FunctionFailure? Failure, bool Healthy)> RunGuardedAsync(CancellationToken cancellationToken)
    {
        using var deadline = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        var expired = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        var registration = deadline.Token.Register(() =>
        {
            engine.Interrupt();
            expired.TrySetResult();
        });
        (string? ResultJson, FunctionFailure? Failure) outcome;
        try
        {
            deadline.CancelAfter(options.Timeout);
            var timeLimit = new InvocationDeadline(Stopwatch.GetTimestamp() + (long)(options.Timeout.TotalSeconds * Stopwatch.Frequency), cancellationToken);
            outcome = await RunUntilDoneOrExpiredAsync(expired.Task, timeLimit, cancellationToken);
        }
        finally
        {
            // Waits for a deadline callback already running: after this, `expired` says for sure whether the engine
            // was interrupted (V8 keeps an interrupt pending for the next script, so such an engine is never reused).
            await registration.DisposeAsync();
        }

        var healthy = !expired.Task.IsCompleted && outcome.Failure?.Kind is null or FunctionFailureKind.ScriptError;
        return (outcome.ResultJson, outcome.Failure, healthy);
    }

    private async Task<(string? ResultJson, FunctionFailure? Failure)> RunUntilDoneOrExpiredAsync(
        Task expired, InvocationDeadline timeLimit, CancellationToken cancellationToken)
    {
        // Script runs on a pool thread, never on the caller's (an Orleans scheduler thread must not spin in a loop).
        var started = Task.Factory.StartNew(
            () => engine.Begin(invocationNumber, invocation, log, timeLimit), CancellationToken.None, TaskCreationOptions.DenyChildAttach, TaskScheduler.Default);
        var result = started.Unwrap();
        if (!result.IsCompleted && await Task.WhenAny(result, expired) == expired)
        {
            // The interrupt ends synchronous script; wait for it to leave the engine before the engine is disposed.
            await ((Task)started).ConfigureAwait(ConfigureAwaitOptions.SuppressThrowing);
            return (null, Expired(cancellationToken));
        }

        try
        {
            return (ToJson(await result), null);
        }
        catch (Exception exception) when (exception is ScriptInterruptedException || (exception is ScriptEngineException && IsHeapViolation(exception)))
        {
            if (expired.IsCompleted) return (null, Expired(cancellationToken));
            // Stopped without our deadline: ClearScript's heap monitor, which also blocks the runtime from now on.
            return (null, new FunctionFailure(FunctionFailureKind.MemoryLimit,
                $"The function exceeded its memory limit of {options.MaxHeapSizeMiB} MiB."));
        }
        catch (Exception exception) when (exception is ScriptEngineException or InvalidCastException)
        {
            // An interrupt can surface as any script error (e.g. inside a host call the deadline cancelled).
            if (expired.IsCompleted) return (null, Expired(cancellationToken));
            return (null, new FunctionFailure(FunctionFailureKind.ScriptError, exception.Message));
        }
    }

    private FunctionFailure Expired(CancellationToken cancellationToken) => cancellationToken.IsCancellationRequested
        ? new FunctionFailure(FunctionFailureKind.Cancelled, "The function invocation was cancelled.")
        : new FunctionFailure(FunctionFailureKind.Timeout, $"The function timed out after {options.Timeout.TotalMilliseconds:0} ms.");

    internal static bool IsHeapViolation(Exception exception) =>
        exception.Message.Contains("exceeded its memory limit", StringComparison.Ordinal);

    private static string ToJson(object value) => value as string
        ?? throw new InvalidCastException("The function's result could not be serialized to JSON.");
}
