using Kitty.Api.Errors;
using Kitty.Api.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Logging;

namespace Kitty.Api.Auth;

/// <summary>Requires a valid bearer access token on every <c>/v1</c> request and records its application.</summary>
internal sealed class BearerAuthenticationMiddleware(
    RequestDelegate next, AccessTokenService tokens, ILogger<BearerAuthenticationMiddleware> logger)
{
    public async Task InvokeAsync(HttpContext context)
    {
        if (!KittyApiPaths.RequiresBearer(context.Request.Path))
        {
            await next(context);
            return;
        }

        var token = BearerToken(context.Request.Headers.Authorization.ToString());
        if (token is null)
        {
            await ErrorResponses.WriteAuthenticationError(context, StatusCodes.Status401Unauthorized,
                "unauthorized", "Full authentication is required to access this resource");
            return;
        }

        var check = await tokens.Verify(token);
        if (!check.IsValid)
        {
            ApiLog.BearerRefused(logger, context.Request.Path, check.Status.ToString());
            var description = check.Status == AccessTokenStatus.Expired ? "Access token expired" : "Invalid access token";
            await ErrorResponses.WriteAuthenticationError(context, StatusCodes.Status401Unauthorized, "invalid_token", description);
            return;
        }

        context.Features.Set(new AuthenticatedApplication(check.ApplicationId));
        await next(context);
    }

    internal static string? BearerToken(string header)
    {
        const string scheme = "Bearer ";
        if (!header.StartsWith(scheme, StringComparison.OrdinalIgnoreCase))
        {
            return null;
        }

        var token = header[scheme.Length..].Trim();
        return token.Length == 0 ? null : token;
    }
}
