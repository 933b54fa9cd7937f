using System.Security.Cryptography;
using Kitty.Api.Hosting;
using Microsoft.Extensions.Options;

namespace Kitty.Api.Auth;

/// <summary>Issues and verifies access tokens with the deployment's signing key.</summary>
internal sealed class AccessTokenService(
    TokenSigningKeyProvider keys, IOptionsMonitor<KittyApiOptions> options, TimeProvider time)
{
    public async Task<IssuedToken> Issue(long applicationId)
    {
        var key = await keys.GetKey();
        var lifetime = options.CurrentValue.TokenLifetime;
        var expiry = time.GetUtcNow() + lifetime;
        var token = AccessTokenCodec.Issue(key, applicationId, expiry, RandomNumberGenerator.GetBytes(16));
        return new IssuedToken(token, (long)lifetime.TotalSeconds, expiry);
    }

    public async Task<AccessTokenCheck> Verify(string token)
    {
        var key = await keys.GetKey();
        return AccessTokenCodec.Verify(key, token, time.GetUtcNow());
    }
}
