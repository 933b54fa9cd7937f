using Kitty.Api.Auth;

namespace Kitty.Api.Rtm.Auth;

/// <summary>The verdict on a session token and, when valid, whom it speaks for until when.</summary>
internal readonly record struct SessionTokenCheck(
    AccessTokenStatus Status, long ApplicationId = 0, long UserId = 0, DateTimeOffset Expiry = default)
{
    public bool IsValid => Status == AccessTokenStatus.Valid;
}
