using System.Text;
using Microsoft.AspNetCore.Http;

namespace Kitty.Api.Auth;

/// <summary>
/// OAuth client credentials as a token request presents them: HTTP Basic first, else the form fields
/// <c>client_id</c>/<c>client_secret</c> or <c>username</c>/<c>password</c>.
/// </summary>
internal sealed record ClientCredentials(string ClientId, string ClientSecret)
{
    public static ClientCredentials? From(string? authorization, IFormCollection? form)
    {
        if (!string.IsNullOrEmpty(authorization))
        {
            return FromBasic(authorization);
        }

        if (form is null)
        {
            return null;
        }

        return Pair(form["client_id"], form["client_secret"]) ?? Pair(form["username"], form["password"]);
    }

    internal static ClientCredentials? FromBasic(string authorization)
    {
        const string scheme = "Basic ";
        if (!authorization.StartsWith(scheme, StringComparison.OrdinalIgnoreCase))
        {
            return null;
        }

        string decoded;
        try
        {
            decoded = Encoding.UTF8.GetString(Convert.FromBase64String(authorization[scheme.Length..].Trim()));
        }
        catch (FormatException)
        {
            return null;
        }

        var colon = decoded.IndexOf(':');
        return colon <= 0 ? null : Pair(decoded[..colon], decoded[(colon + 1)..]);
    }

    private static ClientCredentials? Pair(string? id, string? secret) =>
        string.IsNullOrEmpty(id) || string.IsNullOrEmpty(secret) ? null : new(id, secret);

    /// <summary>Keeps the secret out of logs.</summary>
    public override string ToString() => $"ClientCredentials {{ ClientId = {ClientId} }}";
}
