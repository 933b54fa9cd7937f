using System.Security.Cryptography;
using Kitty.Api.Auth;
using Kitty.Api.Hosting;
using Microsoft.Extensions.Options;

namespace Kitty.Api.Rtm.Auth;

/// <summary>Issues and verifies session tokens with a key derived from the deployment's signing key.</summary>
internal sealed class SessionTokenService(
    TokenSigningKeyProvider keys, IOptionsMonitor<KittyApiOptions> options, TimeProvider time)
{
    private byte[]? sessionKey;

    public async Task<IssuedToken> Issue(long applicationId, long userId)
    {
        var lifetime = options.CurrentValue.SessionTokenLifetime;
        var expiry = time.GetUtcNow() + lifetime;
        var token = SessionTokenCodec.Issue(await Key(), applicationId, userId, expiry, RandomNumberGenerator.GetBytes(16));
        return new IssuedToken(token, (long)Math.Ceiling(lifetime.TotalSeconds), expiry);
    }

    public async Task<SessionTokenCheck> Verify(string token) =>
        SessionTokenCodec.Verify(await Key(), token, time.GetUtcNow());

    private async Task<byte[]> Key() => sessionKey ??= SessionTokenCodec.DeriveKey(await keys.GetKey());
}
