using System.Security.Cryptography;
using Kitty.Abstractions.Applications;
using Kitty.Grains.Hosting;
using Kitty.Grains.Ids;

namespace Kitty.Grains.Applications;

public sealed class DeploymentGrain(
    [PersistentState("deployment", KittyStorage.Name)] IPersistentState<DeploymentState> deployment,
    IIdGenerator ids)
    : Grain, IDeploymentGrain
{
    public async Task<Application> ProvisionDefaultApplication(ApplicationCredentials credentials)
    {
        if (deployment.State.DefaultApplicationId is null || deployment.State.TokenSigningKey is null)
        {
            deployment.State.DefaultApplicationId ??= ids.NextId();
            deployment.State.TokenSigningKey ??= RandomNumberGenerator.GetBytes(32);
            await deployment.WriteStateAsync();
        }

        var application = GrainFactory.GetGrain<IApplicationGrain>(deployment.State.DefaultApplicationId.Value);
        return await application.Provision(credentials);
    }

    public Task<byte[]> GetTokenSigningKey() =>
        deployment.State.TokenSigningKey is { } key
            ? Task.FromResult(key)
            : throw new InvalidOperationException("The deployment has not been provisioned yet.");
}
