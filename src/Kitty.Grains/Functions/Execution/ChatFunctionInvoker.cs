using System.Diagnostics;
using System.Globalization;
using Kitty.Abstractions.Functions;
using Kitty.Grains.Ids;
using Microsoft.Extensions.Logging;

namespace Kitty.Grains.Functions.Execution;

/// <summary>
/// Runs the function of a trigger on a function host (V8, on a node of the functions role) and records the invocation
/// (RUNNING, then SUCCEEDED or FAILED). Called inside a grain turn: by <see cref="ChatFunctionExecutorGrain"/>, and
/// by the session admission grain directly, so a blocking start-session function costs no hop through the executor.
/// It holds no state: what outlives a call (trigger, version, runtime settings) is cached by the trigger grain.
/// </summary>
public sealed partial class ChatFunctionInvoker(
    IGrainFactory grains,
    FunctionInvocationRecorder invocations,
    IIdGenerator ids,
    TimeProvider time,
    ILogger<ChatFunctionInvoker> logger)
{
    /// <summary>Runs the function handling the trigger, or answers <see cref="ChatFunctionOutcome.NoFunction"/>.</summary>
    public async Task<ChatFunctionOutcome> Invoke(long applicationId, string trigger, string eventJson) =>
        await FindTarget(applicationId, trigger) is { } target
            ? await Run(applicationId, trigger, target, eventJson, guardedChannelId: null)
            : ChatFunctionOutcome.NoFunction;

    /// <summary>The function of the trigger, its current version and the runtime settings; null when none handles it.</summary>
    public Task<FunctionTarget?> FindTarget(long applicationId, string trigger) =>
        grains.GetGrain<IFunctionTargetGrain>(applicationId).FindTarget(trigger);

    /// <summary>The blocking send hook: the channel already knows the function, so only its version and the runtime are read.</summary>
    public async Task<ChatFunctionOutcome> AttemptedSendMessage(long applicationId, long channelId, long functionId, string eventJson)
    {
        var version = grains.GetGrain<IChatFunctionGrain>(functionId).GetCurrentVersion(applicationId);
        var runtime = grains.GetGrain<IFunctionTargetGrain>(applicationId).GetRuntimeRun();
        await Task.WhenAll(version, runtime);
        return await Run(applicationId, ChatFunctionTriggers.UserAttemptedSendMessage,
            new FunctionTarget(await version, await runtime), eventJson, channelId);
    }

    public async Task<ChatFunctionOutcome> Run(long applicationId, string trigger, FunctionTarget target, string eventJson, long? guardedChannelId)
    {
        var version = target.Version;
        var running = new ChatFunctionInvocation(
            ids.NextId(), applicationId, version.FunctionId, version.VersionNumber, eventJson, null,
            ChatFunctionInvocationStatus.RUNNING, InvocationLogs.Empty, time.GetUtcNow(), null);
        invocations.Record(running);

        var result = await RunOnHost(applicationId, target.Runtime with
        {
            FunctionVersionId = version.Id.ToString(CultureInfo.InvariantCulture),
            Script = version.RunnableScript,
            EventJson = eventJson,
            GuardedChannelId = guardedChannelId,
        });
        invocations.Record(running with
        {
            Status = result.Succeeded ? ChatFunctionInvocationStatus.SUCCEEDED : ChatFunctionInvocationStatus.FAILED,
            ResultJson = result.PayloadJson,
            Logs = result.LogsJson,
            Duration = result.Duration,
        });
        if (!result.Succeeded) LogFailed(trigger, version.FunctionId, running.Id, result.FailureKind!, result.FailureMessage!);
        return new ChatFunctionOutcome(true, result.Succeeded, result.ResultJson, result.FailureMessage, running.Id);
    }

    // A function host is another grain, possibly on a functions node; when none answers the run fails, the caller
    // does not (a blocking trigger then refuses, as it does for any failed function).
    private async Task<FunctionRunResult> RunOnHost(long applicationId, FunctionRun run)
    {
        var started = Stopwatch.GetTimestamp();
        try
        {
            return await grains.GetGrain<IFunctionHostGrain>(applicationId).Run(run);
        }
        catch (Exception e) when (e is not KittyException)
        {
            LogHostUnreachable(e);
            return FunctionRunResult.Unreachable(
                "No node of the functions role could run the function: " + e.Message, Stopwatch.GetElapsedTime(started));
        }
    }

    [LoggerMessage(Level = LogLevel.Warning,
        Message = "Chat function {FunctionId} for {Trigger} failed (invocation {InvocationId}, {Kind}): {Reason}")]
    private partial void LogFailed(string trigger, long functionId, long invocationId, string kind, string reason);

    [LoggerMessage(Level = LogLevel.Error, Message = "A chat function could not reach a function host")]
    private partial void LogHostUnreachable(Exception exception);
}
