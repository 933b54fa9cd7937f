using System.Globalization;
using System.Security.Claims;
using System.Text.Encodings.Web;
using Kitty.Api.Auth;
using Microsoft.AspNetCore.Authentication;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace Kitty.Api.Rtm.Auth;

/// <summary>
/// Authenticates realtime requests with a session token: <c>Authorization: Bearer</c>, or the
/// <c>access_token</c> query parameter on the hub's own paths (WebSockets and SSE cannot set headers).
/// </summary>
internal sealed class SessionAuthenticationHandler(
    IOptionsMonitor<AuthenticationSchemeOptions> options,
    ILoggerFactory loggerFactory,
    UrlEncoder encoder,
    SessionTokenService tokens)
    : AuthenticationHandler<AuthenticationSchemeOptions>(options, loggerFactory, encoder)
{
    protected override async Task<AuthenticateResult> HandleAuthenticateAsync()
    {
        var token = BearerAuthenticationMiddleware.BearerToken(Request.Headers.Authorization.ToString());
        if (token is null && RtmPaths.IsHub(Request.Path))
        {
            var query = Request.Query["access_token"].ToString();
            token = string.IsNullOrWhiteSpace(query) ? null : query;
        }

        if (token is null)
        {
            return AuthenticateResult.NoResult();
        }

        var check = await tokens.Verify(token);
        if (!check.IsValid)
        {
            return AuthenticateResult.Fail(check.Status == AccessTokenStatus.Expired ? "Session token expired" : "Invalid session token");
        }

        var identity = new ClaimsIdentity(
            [
                new Claim(SessionClaims.ApplicationId, check.ApplicationId.ToString(CultureInfo.InvariantCulture)),
                new Claim(SessionClaims.UserId, check.UserId.ToString(CultureInfo.InvariantCulture)),
                new Claim(SessionClaims.Expiry, check.Expiry.ToUnixTimeSeconds().ToString(CultureInfo.InvariantCulture)),
            ],
            SessionClaims.Scheme);
        return AuthenticateResult.Success(new AuthenticationTicket(new ClaimsPrincipal(identity), SessionClaims.Scheme));
    }
}
