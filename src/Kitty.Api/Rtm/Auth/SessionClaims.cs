using System.Globalization;
using System.Security.Claims;

namespace Kitty.Api.Rtm.Auth;

/// <summary>The authentication scheme of session tokens and the claims it sets.</summary>
internal static class SessionClaims
{
    public const string Scheme = "KittySession";
    public const string Policy = "KittySession";
    public const string ApplicationId = "kitty:app";
    public const string UserId = "kitty:user";
    public const string Expiry = "kitty:exp";

    /// <summary>The session a principal authenticated by <see cref="Scheme"/> speaks for.</summary>
    public static (long ApplicationId, long UserId, DateTimeOffset Expiry) Of(ClaimsPrincipal? principal)
    {
        long Read(string type) =>
            long.Parse(principal?.FindFirst(type)?.Value ?? throw new InvalidOperationException("Not a session principal."),
                CultureInfo.InvariantCulture);
        return (Read(ApplicationId), Read(UserId), DateTimeOffset.FromUnixTimeSeconds(Read(Expiry)));
    }
}
