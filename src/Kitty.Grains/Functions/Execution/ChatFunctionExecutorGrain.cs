using System.Diagnostics;
using System.Globalization;
using Kitty.Abstractions.Applications;
using Kitty.Abstractions.Functions;
using Kitty.Functions;
using Kitty.Grains.Ids;
using Kitty.Storage;
using Microsoft.Extensions.Logging;

namespace Kitty.Grains.Functions.Execution;

/// <summary>
/// Runs the function of a trigger on a function host (V8, on a node of the functions role) and records the invocation
/// (RUNNING, then SUCCEEDED or FAILED). A stateless worker on the chat side: invocations of one application run side
/// by side, and only the runtime settings outlive a call.
/// </summary>
// Reentrant because an invocation may take up to the sandbox timeout: without it a silo holds one call per worker
// (as many workers as cores), so a few runaway functions would stall every other invocation of the application.
// The runner bounds how many run at once; the grain holds no state for interleaving to corrupt.
[StatelessWorker, Reentrant]
public sealed partial class ChatFunctionExecutorGrain(
    FunctionInvocationRecorder invocations,
    IIdGenerator ids,
    TimeProvider time,
    ILogger<ChatFunctionExecutorGrain> logger) : Grain, IChatFunctionExecutorGrain
{
    // The runtime half of every run (version, initialization script, environment, dependencies), one object so that
    // interleaved calls never see parts of two runtime versions.
    private FunctionRun? _runtime;
    private string? _clientId;

    private long ApplicationId => this.GetPrimaryKeyLong();

    public async Task<ChatFunctionOutcome> Invoke(string trigger, string eventJson) =>
        await FindCurrentVersion(trigger) is { } version
            ? await Run(trigger, version, eventJson, guardedChannelId: null)
            : ChatFunctionOutcome.NoFunction;

    public async Task<ChatFunctionOutcome> AttemptedSendMessage(long channelId, long functionId, string eventJson) =>
        await Run(ChatFunctionTriggers.UserAttemptedSendMessage,
            await GrainFactory.GetGrain<IChatFunctionGrain>(functionId).GetCurrentVersion(ApplicationId), eventJson, channelId);

    private Task<ChatFunctionVersion?> FindCurrentVersion(string trigger) =>
        GrainFactory.GetGrain<IChatFunctionTriggerGrain>(ApplicationId).FindCurrentVersion(trigger);

    private async Task<ChatFunctionOutcome> Run(string trigger, ChatFunctionVersion version, string eventJson, long? guardedChannelId)
    {
        var functionId = version.FunctionId;
        var runtime = await RuntimeRun();
        var running = new ChatFunctionInvocation(
            ids.NextId(), ApplicationId, functionId, version.VersionNumber, eventJson, null,
            ChatFunctionInvocationStatus.RUNNING, InvocationLogs.Empty, time.GetUtcNow(), null);
        invocations.Record(running);

        var result = await RunOnHost(runtime with
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
        if (!result.Succeeded) LogFailed(trigger, functionId, running.Id, result.FailureKind!, result.FailureMessage!);
        return new ChatFunctionOutcome(true, result.Succeeded, result.ResultJson, result.FailureMessage, running.Id);
    }

    // A function host is another grain, possibly on a functions node; when none answers the run fails, the caller
    // does not (a blocking trigger then refuses, as it does for any failed function).
    private async Task<FunctionRunResult> RunOnHost(FunctionRun run)
    {
        var started = Stopwatch.GetTimestamp();
        try
        {
            return await GrainFactory.GetGrain<IFunctionHostGrain>(ApplicationId).Run(run);
        }
        catch (Exception e) when (e is not KittyException)
        {
            LogHostUnreachable(e);
            return FunctionRunResult.Unreachable(
                "No node of the functions role could run the function: " + e.Message, Stopwatch.GetElapsedTime(started));
        }
    }

    // The client secret is only kept as a hash, so CHATKITTY_CLIENT_SECRET cannot be offered; the context API
    // calls grains directly and needs no credentials. The settings are rebuilt only when the runtime's version moves
    // (every runtime change moves it), and the client id never changes.
    private async Task<FunctionRun> RuntimeRun()
    {
        var runtime = await GrainFactory.GetGrain<IChatRuntimeGrain>(ApplicationId).Get();
        var versionId = $"{runtime.Id}/{runtime.Version}";
        if (_runtime is { } known && known.RuntimeVersionId == versionId) return known;
        _clientId ??= (await GrainFactory.GetGrain<IApplicationGrain>(ApplicationId).Get()).ClientId;
        var environment = new Dictionary<string, string>(runtime.EnvironmentVariables, StringComparer.Ordinal)
        {
            ["CHATKITTY_APPLICATION_ID"] = ApplicationId.ToString(CultureInfo.InvariantCulture),
            ["CHATKITTY_CLIENT_ID"] = _clientId,
        };
        return _runtime = new FunctionRun(
            versionId, runtime.RunnableInitializationScript, environment,
            FunctionVersionId: "", Script: "", EventJson: "{}", GuardedChannelId: null, runtime.Dependencies);
    }

    [LoggerMessage(Level = LogLevel.Warning,
        Message = "Chat function {FunctionId} for {Trigger} failed (invocation {InvocationId}, {Kind}): {Reason}")]
    private partial void LogFailed(string trigger, long functionId, long invocationId, string kind, string reason);

    [LoggerMessage(Level = LogLevel.Error, Message = "A chat function could not reach a function host")]
    private partial void LogHostUnreachable(Exception exception);
}
