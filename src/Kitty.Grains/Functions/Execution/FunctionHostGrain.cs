using System.Globalization;
using Kitty.Functions;
using Kitty.Grains.Functions.Context;

namespace Kitty.Grains.Functions.Execution;

/// <summary>The V8 side of an invocation: the node's <see cref="FunctionRunner"/>, with a context that calls grains.</summary>
[StatelessWorker]
public sealed class FunctionHostGrain(FunctionRunner runner, ILocalSiloDetails silo) : Grain, IFunctionHostGrain
{
    public async Task<FunctionRunResult> Run(FunctionRun run)
    {
        var applicationId = this.GetPrimaryKeyLong();
        var settings = new FunctionRuntimeSettings(
            applicationId.ToString(CultureInfo.InvariantCulture), run.RuntimeVersionId, run.InitializationScript, run.EnvironmentVariables);
        var context = new ChatFunctionContext(GrainFactory, applicationId, run.GuardedChannelId);
        var result = await runner.RunAsync(new FunctionInvocation(settings, run.FunctionVersionId, run.Script, run.EventJson, context));
        return FunctionRunResult.From(result, silo.SiloAddress.ToString());
    }
}
