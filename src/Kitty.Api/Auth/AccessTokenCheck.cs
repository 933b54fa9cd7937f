namespace Kitty.Api.Auth;

/// <summary>The result of verifying an access token: its status and, when valid, its application.</summary>
internal readonly record struct AccessTokenCheck(AccessTokenStatus Status, long ApplicationId = 0, DateTimeOffset Expiry = default)
{
    public bool IsValid => Status == AccessTokenStatus.Valid;
}
