using Kitty.Abstractions.Applications;

namespace Kitty.Api.Auth;

/// <summary>Fetches the deployment's token signing key once and keeps it; a failed fetch is retried next time.</summary>
internal sealed class TokenSigningKeyProvider(IGrainFactory grainFactory)
{
    private Task<byte[]>? key;

    public async Task<byte[]> GetKey()
    {
        var current = key ??= grainFactory.GetGrain<IDeploymentGrain>(0).GetTokenSigningKey();
        try
        {
            return await current;
        }
        catch
        {
            _ = Interlocked.CompareExchange(ref key, null, current);
            throw;
        }
    }
}
