namespace Kitty.Api.Auth;

/// <summary>A freshly issued access token, how many seconds it stays valid and when it expires.</summary>
internal sealed record IssuedToken(string AccessToken, long ExpiresIn, DateTimeOffset Expiry);
