namespace Kitty.Api.Auth;

/// <summary>The verdict on a presented access token.</summary>
internal enum AccessTokenStatus
{
    Valid,
    Malformed,
    BadSignature,
    Expired,
}
