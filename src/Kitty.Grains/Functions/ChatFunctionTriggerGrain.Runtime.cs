using System.Globalization;
using Kitty.Abstractions.Applications;
using Kitty.Abstractions.Functions;
using Kitty.Grains.Functions.Execution;

namespace Kitty.Grains.Functions;

/// <summary>The runtime half of every run, kept here so that an invocation asks one grain instead of two.</summary>
public sealed partial class ChatFunctionTriggerGrain
{
    // One object, so that interleaved look-ups never see parts of two runtime versions.
    private FunctionRun? _runtime;
    private long _runtimeGeneration;
    private string? _clientId;

    public async Task<FunctionRun> GetRuntimeRun()
    {
        if (_runtime is { } known) return known;
        var generation = _runtimeGeneration;
        var run = await ReadRuntimeRun();
        if (_runtimeGeneration == generation) _runtime = run;
        return run;
    }

    public Task RuntimeChanged()
    {
        _runtime = null;
        _runtimeGeneration++;
        return Task.CompletedTask;
    }

    // The client secret is only kept as a hash, so CHATKITTY_CLIENT_SECRET cannot be offered; the context API
    // calls grains directly and needs no credentials. The client id never changes.
    private async Task<FunctionRun> ReadRuntimeRun()
    {
        var runtime = await GrainFactory.GetGrain<IChatRuntimeGrain>(ApplicationId).Get();
        _clientId ??= (await GrainFactory.GetGrain<IApplicationGrain>(ApplicationId).Get()).ClientId;
        var environment = new Dictionary<string, string>(runtime.EnvironmentVariables, StringComparer.Ordinal)
        {
            ["CHATKITTY_APPLICATION_ID"] = ApplicationId.ToString(CultureInfo.InvariantCulture),
            ["CHATKITTY_CLIENT_ID"] = _clientId,
        };
        return new FunctionRun(
            $"{runtime.Id}/{runtime.Version}", runtime.RunnableInitializationScript, environment,
            FunctionVersionId: "", Script: "", EventJson: "{}", GuardedChannelId: null, runtime.Dependencies);
    }
}
