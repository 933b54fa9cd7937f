using Kitty.Abstractions.Applications;
using Kitty.Abstractions.Functions;
using Kitty.Functions;
using Kitty.Functions.Modules;
using Kitty.Functions.Packages;
using Kitty.Grains.Functions.Context;
using Kitty.Grains.Ids;
using Kitty.Storage;
using Microsoft.Extensions.Logging;

namespace Kitty.Grains.Functions.Execution;

/// <summary>
/// Runs the function of a trigger in V8 and records the invocation (RUNNING, then SUCCEEDED or FAILED). A stateless
/// worker: invocations of one application run side by side, and nothing here outlives a call.
/// </summary>
[StatelessWorker]
public sealed partial class ChatFunctionExecutorGrain(
    FunctionRunner runner,
    NpmInstaller installer,
    FunctionInvocationRecorder invocations,
    IIdGenerator ids,
    TimeProvider time,
    ILogger<ChatFunctionExecutorGrain> logger) : Grain, IChatFunctionExecutorGrain
{
    private FunctionRuntimeSettings? _settings;
    private string? _clientId;

    private long ApplicationId => this.GetPrimaryKeyLong();

    public async Task<ChatFunctionOutcome> Invoke(string trigger, string eventJson) =>
        await FindFunction(trigger) is { } functionId
            ? await Run(trigger, functionId, eventJson, guardedChannelId: null)
            : ChatFunctionOutcome.NoFunction;

    public Task<ChatFunctionOutcome> AttemptedSendMessage(long channelId, long functionId, string eventJson) =>
        Run(ChatFunctionTriggers.UserAttemptedSendMessage, functionId, eventJson, channelId);

    private Task<long?> FindFunction(string trigger) =>
        GrainFactory.GetGrain<IChatFunctionTriggerGrain>(ApplicationId).FindFunction(trigger);

    private async Task<ChatFunctionOutcome> Run(string trigger, long functionId, string eventJson, long? guardedChannelId)
    {
        var version = await GrainFactory.GetGrain<IChatFunctionGrain>(functionId).GetCurrentVersion(ApplicationId);
        var settings = await RuntimeSettings();
        var running = new ChatFunctionInvocation(
            ids.NextId(), ApplicationId, functionId, version.VersionNumber, eventJson, null,
            ChatFunctionInvocationStatus.RUNNING, InvocationLogs.Empty, time.GetUtcNow(), null);
        invocations.Record(running);

        var context = new ChatFunctionContext(GrainFactory, ApplicationId, guardedChannelId);
        var result = await runner.RunAsync(new FunctionInvocation(
            settings, version.Id.ToString(System.Globalization.CultureInfo.InvariantCulture), version.HandlerScript, eventJson, context));
        invocations.Record(running with
        {
            Status = result.Succeeded ? ChatFunctionInvocationStatus.SUCCEEDED : ChatFunctionInvocationStatus.FAILED,
            ResultJson = InvocationLogs.Payload(result),
            Logs = InvocationLogs.Format(result),
            Duration = result.Duration,
        });
        if (result.Failure is { } failure) LogFailed(trigger, functionId, running.Id, failure.Kind, failure.Message);
        return new ChatFunctionOutcome(true, result.Succeeded, result.ResultJson, result.Failure?.Message, running.Id);
    }

    // The client secret is only kept as a hash, so CHATKITTY_CLIENT_SECRET cannot be offered; the context API
    // calls grains directly and needs no credentials. The settings are rebuilt only when the runtime's version moves
    // (every runtime change moves it), and the client id never changes.
    private async Task<FunctionRuntimeSettings> RuntimeSettings()
    {
        var runtime = await GrainFactory.GetGrain<IChatRuntimeGrain>(ApplicationId).Get();
        var versionId = $"{runtime.Id}/{runtime.Version}";
        if (_settings?.RuntimeVersionId == versionId) return _settings;
        _clientId ??= (await GrainFactory.GetGrain<IApplicationGrain>(ApplicationId).Get()).ClientId;
        var packages = await Packages(runtime);
        var environment = new Dictionary<string, string>(runtime.EnvironmentVariables, StringComparer.Ordinal)
        {
            ["CHATKITTY_APPLICATION_ID"] = ApplicationId.ToString(System.Globalization.CultureInfo.InvariantCulture),
            ["CHATKITTY_CLIENT_ID"] = _clientId,
        };
        return _settings = new FunctionRuntimeSettings(
            ApplicationId.ToString(System.Globalization.CultureInfo.InvariantCulture),
            versionId,
            runtime.InitializationScript,
            environment) { Packages = packages };
    }

    // The save installed the packages on the node that handled it; any other node (or a wiped folder) installs them on
    // first use. If that fails, the function still runs and require says why its packages are missing; like the rest
    // of the settings, that holds until the runtime's version moves, so saving the runtime again retries the install.
    private async Task<RuntimePackages> Packages(ChatRuntime runtime)
    {
        try
        {
            var folder = await installer.EnsureInstalledAsync(
                ApplicationId.ToString(System.Globalization.CultureInfo.InvariantCulture), RuntimeDependencies.ToInstall(runtime.Dependencies));
            return RuntimeDependencies.Installed(folder);
        }
        catch (PackageInstallException failure)
        {
            LogInstallFailed(runtime.Version, failure.Failure, failure.Message);
            return RuntimeDependencies.NotInstalled(failure);
        }
    }

    [LoggerMessage(Level = LogLevel.Warning,
        Message = "The dependencies of chat runtime {RuntimeVersion} could not be installed on this node ({Failure}): {Reason}")]
    private partial void LogInstallFailed(string runtimeVersion, PackageInstallFailure failure, string reason);

    [LoggerMessage(Level = LogLevel.Warning,
        Message = "Chat function {FunctionId} for {Trigger} failed (invocation {InvocationId}, {Kind}): {Reason}")]
    private partial void LogFailed(string trigger, long functionId, long invocationId, FunctionFailureKind kind, string reason);
}
