using System.Security.Cryptography;
using Kitty.Api.Auth;
using Kitty.Api.Rtm.Auth;

namespace Kitty.Api.Tests.Rtm;

public sealed class SessionTokenCodecTests
{
    private static readonly byte[] DeploymentKey = RandomNumberGenerator.GetBytes(32);
    private static readonly byte[] SessionKey = SessionTokenCodec.DeriveKey(DeploymentKey);
    private static readonly DateTimeOffset Now = new(2025, 1, 1, 0, 0, 0, TimeSpan.Zero);
    private static readonly byte[] Nonce = new byte[16];

    [Fact]
    public void SessionToken_RoundTrips_ApplicationUserAndExpiry()
    {
        var token = SessionTokenCodec.Issue(SessionKey, 7, 42, Now.AddHours(24), Nonce);

        var check = SessionTokenCodec.Verify(SessionKey, token, Now);

        Assert.True(check.IsValid);
        Assert.Equal((7L, 42L, Now.AddHours(24)), (check.ApplicationId, check.UserId, check.Expiry));
    }

    [Fact]
    public void SessionToken_AfterExpiry_IsExpired()
    {
        var token = SessionTokenCodec.Issue(SessionKey, 7, 42, Now.AddSeconds(5), Nonce);

        Assert.Equal(AccessTokenStatus.Expired, SessionTokenCodec.Verify(SessionKey, token, Now.AddSeconds(5)).Status);
    }

    [Fact]
    public void PlatformAccessToken_IsNotASessionToken()
    {
        var platform = AccessTokenCodec.Issue(DeploymentKey, 7, Now.AddHours(1), Nonce);

        Assert.False(SessionTokenCodec.Verify(SessionKey, platform, Now).IsValid);
        Assert.False(SessionTokenCodec.Verify(SessionKey, SessionTokenCodec.Prefix + platform, Now).IsValid);
    }

    [Fact]
    public void SessionToken_IsNotAPlatformAccessToken()
    {
        var session = SessionTokenCodec.Issue(SessionKey, 7, 42, Now.AddHours(1), Nonce);

        Assert.False(AccessTokenCodec.Verify(DeploymentKey, session, Now).IsValid);
        Assert.False(AccessTokenCodec.Verify(DeploymentKey, session[SessionTokenCodec.Prefix.Length..], Now).IsValid);
    }

    [Fact]
    public void SessionToken_WithTamperedPayload_HasABadSignature()
    {
        var token = SessionTokenCodec.Issue(SessionKey, 7, 42, Now.AddHours(1), Nonce);
        var forged = SessionTokenCodec.Issue(SessionTokenCodec.DeriveKey(RandomNumberGenerator.GetBytes(32)), 7, 43, Now.AddHours(1), Nonce);
        var spliced = forged[..forged.LastIndexOf('.')] + token[token.LastIndexOf('.')..];

        Assert.Equal(AccessTokenStatus.BadSignature, SessionTokenCodec.Verify(SessionKey, spliced, Now).Status);
        Assert.Equal(AccessTokenStatus.Malformed, SessionTokenCodec.Verify(SessionKey, "ks1.garbage", Now).Status);
    }
}
