using Kitty.Api.Auth;

namespace Kitty.Api.Tests.Auth;

public sealed class BearerTokenTests
{
    [Theory]
    [InlineData("Bearer abc.def", "abc.def")]
    [InlineData("bearer abc.def", "abc.def")]
    [InlineData("BEARER   abc.def  ", "abc.def")]
    [InlineData("Bearer ", null)]
    [InlineData("Basic abc", null)]
    [InlineData("", null)]
    public void BearerToken_ReadsTheAuthorizationHeader(string header, string? expected) =>
        Assert.Equal(expected, BearerAuthenticationMiddleware.BearerToken(header));
}
