using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using Kitty.Api.Auth;

namespace Kitty.Api.Rtm.Auth;

/// <summary>
/// Session tokens of the realtime API: the access-token format sealed with a key derived for this purpose
/// and prefixed, so that a Platform access token is never a session token and vice versa.
/// Payload: <c>{applicationId}|{userId}|{expiryUnixSeconds}|{nonce}</c>.
/// </summary>
internal static class SessionTokenCodec
{
    public const string Prefix = "ks1.";
    private static readonly byte[] Purpose = Encoding.ASCII.GetBytes("kitty/rtm-session-token/v1");

    public static byte[] DeriveKey(ReadOnlySpan<byte> deploymentKey) => HMACSHA256.HashData(deploymentKey, Purpose);

    public static string Issue(ReadOnlySpan<byte> sessionKey, long applicationId, long userId, DateTimeOffset expiry, ReadOnlySpan<byte> nonce)
    {
        var payload = string.Create(CultureInfo.InvariantCulture,
            $"{applicationId}|{userId}|{expiry.ToUnixTimeSeconds()}|{Convert.ToHexString(nonce)}");
        return Prefix + AccessTokenCodec.Seal(sessionKey, payload);
    }

    public static SessionTokenCheck Verify(ReadOnlySpan<byte> sessionKey, string token, DateTimeOffset now)
    {
        if (!token.StartsWith(Prefix, StringComparison.Ordinal))
        {
            return new(AccessTokenStatus.Malformed);
        }

        var (status, payload) = AccessTokenCodec.Open(sessionKey, token[Prefix.Length..]);
        if (status != AccessTokenStatus.Valid)
        {
            return new(status);
        }

        var parts = payload!.Split('|');
        if (parts.Length != 4
            || !long.TryParse(parts[0], NumberStyles.Integer, CultureInfo.InvariantCulture, out var applicationId)
            || !long.TryParse(parts[1], NumberStyles.Integer, CultureInfo.InvariantCulture, out var userId)
            || !long.TryParse(parts[2], NumberStyles.Integer, CultureInfo.InvariantCulture, out var expirySeconds)
            || expirySeconds is < 0 or > 253402300799)
        {
            return new(AccessTokenStatus.Malformed);
        }

        var expiry = DateTimeOffset.FromUnixTimeSeconds(expirySeconds);
        return new(expiry <= now ? AccessTokenStatus.Expired : AccessTokenStatus.Valid, applicationId, userId, expiry);
    }
}
