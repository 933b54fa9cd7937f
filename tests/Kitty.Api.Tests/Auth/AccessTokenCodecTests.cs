using System.Text;
using Kitty.Api.Auth;

namespace Kitty.Api.Tests.Auth;

public sealed class AccessTokenCodecTests
{
    private static readonly byte[] Key = Enumerable.Range(1, 32).Select(i => (byte)i).ToArray();
    private static readonly byte[] Nonce = [9, 8, 7, 6, 5, 4, 3, 2, 1, 0, 1, 2, 3, 4, 5, 6];
    private static readonly DateTimeOffset Now = new(2025, 1, 2, 3, 4, 5, TimeSpan.Zero);

    [Fact]
    public void Verify_IssuedToken_IsValidForItsApplication()
    {
        var token = AccessTokenCodec.Issue(Key, 42, Now.AddHours(12), Nonce);

        var check = AccessTokenCodec.Verify(Key, token, Now);

        Assert.Equal(AccessTokenStatus.Valid, check.Status);
        Assert.Equal(42, check.ApplicationId);
        Assert.Equal(Now.AddHours(12), check.Expiry);
    }

    [Fact]
    public void Verify_AfterExpiry_IsExpired()
    {
        var token = AccessTokenCodec.Issue(Key, 42, Now.AddHours(12), Nonce);

        Assert.Equal(AccessTokenStatus.Expired, AccessTokenCodec.Verify(Key, token, Now.AddHours(12)).Status);
        Assert.Equal(AccessTokenStatus.Expired, AccessTokenCodec.Verify(Key, token, Now.AddDays(2)).Status);
    }

    [Fact]
    public void Verify_WithAnotherKey_IsRefused()
    {
        var token = AccessTokenCodec.Issue(Key, 42, Now.AddHours(1), Nonce);
        var otherKey = Key.Select(b => (byte)(b ^ 0xFF)).ToArray();

        Assert.Equal(AccessTokenStatus.BadSignature, AccessTokenCodec.Verify(otherKey, token, Now).Status);
    }

    [Fact]
    public void Verify_PayloadForgedForAnotherApplication_IsRefused()
    {
        var token = AccessTokenCodec.Issue(Key, 42, Now.AddHours(1), Nonce);
        var signature = token[(token.IndexOf('.') + 1)..];
        var forgedPayload = System.Buffers.Text.Base64Url.EncodeToString(
            Encoding.UTF8.GetBytes($"43|{Now.AddHours(1).ToUnixTimeSeconds()}|AAAA"));

        Assert.Equal(AccessTokenStatus.BadSignature, AccessTokenCodec.Verify(Key, forgedPayload + "." + signature, Now).Status);
    }

    [Fact]
    public void Verify_FlippedCharacterAnywhere_IsRefused()
    {
        var token = AccessTokenCodec.Issue(Key, 42, Now.AddHours(1), Nonce);
        for (var i = 0; i < token.Length; i++)
        {
            if (token[i] == '.')
            {
                continue;
            }

            var chars = token.ToCharArray();
            chars[i] = chars[i] == 'A' ? 'B' : 'A';
            Assert.False(AccessTokenCodec.Verify(Key, new string(chars), Now).IsValid, $"tampered at {i}");
        }
    }

    [Theory]
    [InlineData("")]
    [InlineData("not-a-token")]
    [InlineData(".")]
    [InlineData("abc.")]
    [InlineData(".abc")]
    [InlineData("a.b.c")]
    [InlineData("abc.!!!")]
    [InlineData("d4327889-26a8-49ac-997c-56d8b1bcb09c")]
    public void Verify_MalformedToken_IsRefused(string token) =>
        Assert.False(AccessTokenCodec.Verify(Key, token, Now).IsValid);

    [Fact]
    public void Verify_OverlongToken_IsMalformed() =>
        Assert.Equal(AccessTokenStatus.Malformed, AccessTokenCodec.Verify(Key, new string('a', 600) + ".b", Now).Status);

    [Fact]
    public void Issue_DifferentNonces_GiveDifferentTokens()
    {
        var first = AccessTokenCodec.Issue(Key, 1, Now, Nonce);
        var second = AccessTokenCodec.Issue(Key, 1, Now, [1, 2, 3]);

        Assert.NotEqual(first, second);
    }
}
