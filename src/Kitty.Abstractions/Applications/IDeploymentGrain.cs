namespace Kitty.Abstractions.Applications;

/// <summary>
/// Facts of the whole deployment that every node must agree on: the key that signs access tokens and the
/// id of the default application. Keyed by 0.
/// </summary>
[Alias("kitty.deployment")]
public interface IDeploymentGrain : IGrainWithIntegerKey
{
    /// <summary>
    /// Makes sure the default application exists with the given credentials and returns it.
    /// The first call creates it (and the deployment's token signing key).
    /// </summary>
    [Alias("provision-default-application")]
    Task<Application> ProvisionDefaultApplication(ApplicationCredentials credentials);

    /// <summary>The key (32 random bytes) with which nodes sign and verify access tokens.</summary>
    [ReadOnly, Alias("get-token-signing-key")]
    Task<byte[]> GetTokenSigningKey();
}
