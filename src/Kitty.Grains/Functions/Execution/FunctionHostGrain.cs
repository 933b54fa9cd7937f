using System.Globalization;
using Kitty.Abstractions.Functions;
using Kitty.Functions;
using Kitty.Functions.Modules;
using Kitty.Functions.Packages;
using Kitty.Grains.Functions.Context;
using Microsoft.Extensions.Logging;

namespace Kitty.Grains.Functions.Execution;

/// <summary>
/// The V8 side of an invocation: the node's <see cref="FunctionRunner"/>, with a context that calls grains. The
/// runtime's npm packages must be on this node: the save installed them where it was handled, and any other node (or
/// a wiped folder) installs them on first use. If that fails the function still runs, and <c>require</c> says why its
/// packages are missing; that holds until the runtime's version moves, so saving the runtime again retries.
/// </summary>
// Reentrant because a run may take up to the sandbox timeout: a silo holds one call per worker (as many as cores), so
// a few runaway functions would queue every other run of the application behind them. The runner bounds how many
// run at once; the package look-up interleaves safely (the installer serializes installs of one folder).
[StatelessWorker, Reentrant]
public sealed partial class FunctionHostGrain(
    FunctionRunner runner, NpmInstaller installer, ILocalSiloDetails silo, ILogger<FunctionHostGrain> logger)
    : Grain, IFunctionHostGrain
{
    private (string RuntimeVersionId, RuntimePackages Packages)? _packages;

    public async Task<FunctionRunResult> Run(FunctionRun run)
    {
        var applicationId = this.GetPrimaryKeyLong();
        var settings = new FunctionRuntimeSettings(
            applicationId.ToString(CultureInfo.InvariantCulture), run.RuntimeVersionId, run.InitializationScript, run.EnvironmentVariables)
        {
            Packages = await Packages(run),
        };
        var context = new ChatFunctionContext(GrainFactory, applicationId, run.GuardedChannelId);
        var result = await runner.RunAsync(new FunctionInvocation(settings, run.FunctionVersionId, run.Script, run.EventJson, context));
        return FunctionRunResult.From(result, silo.SiloAddress.ToString());
    }

    private async Task<RuntimePackages> Packages(FunctionRun run)
    {
        if (_packages is { } known && known.RuntimeVersionId == run.RuntimeVersionId) return known.Packages;
        RuntimePackages packages;
        try
        {
            var folder = await installer.EnsureInstalledAsync(
                this.GetPrimaryKeyLong().ToString(CultureInfo.InvariantCulture), RuntimeDependencies.ToInstall(run.Dependencies));
            packages = RuntimeDependencies.Installed(folder);
        }
        catch (PackageInstallException failure)
        {
            LogInstallFailed(run.RuntimeVersionId, failure.Failure, failure.Message);
            packages = RuntimeDependencies.NotInstalled(failure);
        }

        _packages = (run.RuntimeVersionId, packages);
        return packages;
    }

    [LoggerMessage(Level = LogLevel.Warning,
        Message = "The dependencies of chat runtime {RuntimeVersion} could not be installed on this node ({Failure}): {Reason}")]
    private partial void LogInstallFailed(string runtimeVersion, PackageInstallFailure failure, string reason);
}
