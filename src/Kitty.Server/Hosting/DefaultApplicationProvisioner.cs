using Kitty.Abstractions.Applications;
using Microsoft.Extensions.Options;

namespace Kitty.Server.Hosting;

/// <summary>
/// Makes sure the default application exists before the node takes requests. Registered after Orleans, so
/// the silo is up when it runs.
/// </summary>
public sealed class DefaultApplicationProvisioner(
    IGrainFactory grains,
    IOptions<DefaultApplicationOptions> configured,
    IOptions<KittyServerOptions> server,
    DefaultApplication defaultApplication) : IHostedService
{
    public async Task StartAsync(CancellationToken cancellationToken)
    {
        var credentials = DefaultApplicationCredentialsFile.Resolve(configured.Value, server.Value.DataDirectory);
        var application = await grains.GetGrain<IDeploymentGrain>(0).ProvisionDefaultApplication(credentials);
        defaultApplication.Set(application, credentials);
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;
}
