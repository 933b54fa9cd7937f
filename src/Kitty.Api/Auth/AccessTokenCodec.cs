using System.Buffers.Text;
using System.Globalization;
using System.Security.Cryptography;
using System.Text;

namespace Kitty.Api.Auth;

/// <summary>
/// Self-contained access tokens that any node can verify with the deployment's signing key:
/// <c>base64url("{applicationId}|{expiryUnixSeconds}|{nonce}") + "." + base64url(HMAC-SHA256(key, first part))</c>.
/// </summary>
internal static class AccessTokenCodec
{
    private const int MaxTokenLength = 512;

    public static string Issue(ReadOnlySpan<byte> key, long applicationId, DateTimeOffset expiry, ReadOnlySpan<byte> nonce)
    {
        var payload = string.Create(CultureInfo.InvariantCulture,
            $"{applicationId}|{expiry.ToUnixTimeSeconds()}|{Base64Url.EncodeToString(nonce)}");
        return Seal(key, payload);
    }

    public static AccessTokenCheck Verify(ReadOnlySpan<byte> key, string token, DateTimeOffset now)
    {
        var (status, payload) = Open(key, token);
        return status == AccessTokenStatus.Valid ? Parse(payload!, now) : new(status);
    }

    /// <summary>Signs a payload: <c>base64url(payload) + "." + base64url(HMAC-SHA256(key, first part))</c>.</summary>
    public static string Seal(ReadOnlySpan<byte> key, string payload)
    {
        var encoded = Base64Url.EncodeToString(Encoding.UTF8.GetBytes(payload));
        var signature = HMACSHA256.HashData(key, Encoding.ASCII.GetBytes(encoded));
        return encoded + "." + Base64Url.EncodeToString(signature);
    }

    /// <summary>Checks a sealed token's signature and returns its payload (status Valid) or why it was refused.</summary>
    public static (AccessTokenStatus Status, string? Payload) Open(ReadOnlySpan<byte> key, string token)
    {
        if (token.Length is 0 or > MaxTokenLength)
        {
            return (AccessTokenStatus.Malformed, null);
        }

        var dot = token.IndexOf('.');
        if (dot <= 0 || dot != token.LastIndexOf('.'))
        {
            return (AccessTokenStatus.Malformed, null);
        }

        var encoded = token.AsSpan(0, dot);
        Span<byte> presented = stackalloc byte[64];
        if (!TryDecode(token.AsSpan(dot + 1), presented, out var presentedLength)
            || presentedLength != HMACSHA256.HashSizeInBytes)
        {
            return (AccessTokenStatus.Malformed, null);
        }

        Span<byte> expected = stackalloc byte[HMACSHA256.HashSizeInBytes];
        HMACSHA256.HashData(key, Encoding.ASCII.GetBytes(encoded.ToString()), expected);
        if (!CryptographicOperations.FixedTimeEquals(expected, presented[..presentedLength]))
        {
            return (AccessTokenStatus.BadSignature, null);
        }

        try
        {
            return (AccessTokenStatus.Valid, Encoding.UTF8.GetString(Base64Url.DecodeFromChars(encoded)));
        }
        catch (FormatException)
        {
            return (AccessTokenStatus.Malformed, null);
        }
    }

    private static bool TryDecode(ReadOnlySpan<char> source, Span<byte> destination, out int written)
    {
        try
        {
            return Base64Url.TryDecodeFromChars(source, destination, out written);
        }
        catch (FormatException)
        {
            written = 0;
            return false;
        }
    }

    private static AccessTokenCheck Parse(string payload, DateTimeOffset now)
    {
        var parts = payload.Split('|');
        if (parts.Length != 3
            || !long.TryParse(parts[0], NumberStyles.Integer, CultureInfo.InvariantCulture, out var applicationId)
            || !long.TryParse(parts[1], NumberStyles.Integer, CultureInfo.InvariantCulture, out var expirySeconds)
            || expirySeconds is < 0 or > 253402300799)
        {
            return new(AccessTokenStatus.Malformed);
        }

        var expiry = DateTimeOffset.FromUnixTimeSeconds(expirySeconds);
        return expiry <= now
            ? new(AccessTokenStatus.Expired, applicationId, expiry)
            : new(AccessTokenStatus.Valid, applicationId, expiry);
    }
}
