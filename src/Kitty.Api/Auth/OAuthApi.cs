using System.Text.Json;
using Kitty.Abstractions.Applications;
using Kitty.Abstractions.Naming;
using Kitty.Api.Errors;
using Kitty.Api.Hosting;
using Kitty.Api.Json;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.Logging;

namespace Kitty.Api.Auth;

/// <summary><c>POST /oauth/token</c>: the OAuth2 client-credentials grant (§2).</summary>
internal static class OAuthApi
{
    private const string ClientCredentialsGrant = "client_credentials";

    public static IEndpointRouteBuilder MapOAuthApi(this IEndpointRouteBuilder app)
    {
        app.MapPost("/oauth/token", IssueToken)
            .WithName("IssueAccessToken")
            .WithTags("OAuth")
            .WithSummary("Issues an access token for an application's client credentials (client_credentials grant)")
            .Accepts<TokenRequestForm>("application/x-www-form-urlencoded", "multipart/form-data")
            .Produces<TokenResponse>(StatusCodes.Status200OK, "application/json")
            .Produces<AuthenticationError>(StatusCodes.Status400BadRequest, "application/json")
            .Produces<AuthenticationError>(StatusCodes.Status401Unauthorized, "application/json")
            .DisableAntiforgery();
        return app;
    }

    private static async Task IssueToken(
        HttpContext context, IGrainFactory grains, AccessTokenService tokens, ILoggerFactory loggers)
    {
        var logger = loggers.CreateLogger(typeof(OAuthApi));
        var form = context.Request.HasFormContentType ? await context.Request.ReadFormAsync(context.RequestAborted) : null;
        var credentials = ClientCredentials.From(context.Request.Headers.Authorization.ToString(), form);
        var applicationId = credentials is null ? null : await Authenticate(grains, credentials, logger);
        if (applicationId is null)
        {
            await ErrorResponses.WriteAuthenticationError(context, StatusCodes.Status401Unauthorized, "unauthorized", "Bad credentials");
            return;
        }

        var grantType = form?["grant_type"].ToString();
        if (grantType != ClientCredentialsGrant)
        {
            var description = string.IsNullOrEmpty(grantType)
                ? "Missing grant type"
                : $"Unsupported grant type: {grantType}";
            await ErrorResponses.WriteAuthenticationError(context, StatusCodes.Status400BadRequest, "unsupported_grant_type", description);
            return;
        }

        var issued = await tokens.Issue(applicationId.Value);
        ApiLog.TokenIssued(logger, applicationId.Value, issued.Expiry);
        context.Response.Headers.CacheControl = "no-store";
        context.Response.Headers.Pragma = "no-cache";
        context.Response.ContentType = "application/json; charset=utf-8";
        var body = new TokenResponse(issued.AccessToken, "bearer", issued.ExpiresIn, $"app:{applicationId.Value}");
        await JsonSerializer.SerializeAsync(context.Response.Body, body, KittyJson.Options, context.RequestAborted);
    }

    private static async Task<long?> Authenticate(IGrainFactory grains, ClientCredentials credentials, ILogger logger)
    {
        var applicationId = await grains.GetGrain<IUniqueNameGrain>(UniqueNames.ClientId(credentials.ClientId)).GetOwner();
        if (applicationId is null)
        {
            ApiLog.TokenRefused(logger, credentials.ClientId, "unknown client id");
            return null;
        }

        if (!await grains.GetGrain<IApplicationGrain>(applicationId.Value).VerifyClientSecret(credentials.ClientSecret))
        {
            ApiLog.TokenRefused(logger, credentials.ClientId, "wrong client secret");
            return null;
        }

        return applicationId;
    }
}
