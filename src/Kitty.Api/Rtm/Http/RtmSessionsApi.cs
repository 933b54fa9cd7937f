using Kitty.Abstractions.Errors;
using Kitty.Abstractions.Naming;
using Kitty.Abstractions.Sessions;
using Kitty.Abstractions.Users;
using Kitty.Api.Errors;
using Kitty.Api.Json;
using Kitty.Api.Rtm.Auth;
using Kitty.Api.Rtm.Rendering;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace Kitty.Api.Rtm.Http;

/// <summary><c>POST /rtm/sessions</c>: starts a user session and hands out its session token (realtime-protocol.md §1).</summary>
internal static class RtmSessionsApi
{
    public static IEndpointRouteBuilder MapRtmSessionsApi(this IEndpointRouteBuilder app)
    {
        app.MapPost(RtmPaths.Sessions.Value!, StartSession)
            .WithTags("Realtime").WithName("StartUserSession").WithSummary("Starts a user session; answers a session token")
            .ExcludeFromDescription();
        return app;
    }

    private static async Task StartSession(HttpContext http, IGrainFactory grains, SessionTokenService tokens, NodeLinks links)
    {
        var body = await JsonBody.ReadObject(http.Request);
        var apiKey = body.RequiredString("apiKey");
        var username = body.RequiredString("username");
        var authParams = body.OptionalObjectJson("authParams");
        var applicationId = await grains.GetGrain<IUniqueNameGrain>(UniqueNames.ApiKey(apiKey)).GetOwner()
            ?? throw KittyException.Invalid("Unknown API key");

        ChatUser user;
        try
        {
            user = await grains.GetGrain<ISessionAdmissionGrain>(applicationId).Admit(username, authParams);
        }
        catch (KittyException refused) when (refused.Error == KittyError.AccessDeniedError)
        {
            await ErrorResponses.WriteApiError(http, StatusCodes.Status401Unauthorized, refused.Error.ToString(), refused.Message);
            return;
        }

        var current = await grains.GetGrain<IUserGrain>(user.Id).GetCurrentUser(applicationId);
        var token = await tokens.Issue(applicationId, user.Id);
        var response = new Dictionary<string, object?>
        {
            ["token"] = token.AccessToken,
            ["expiresIn"] = token.ExpiresIn,
            ["user"] = ResourceTrees.User(current, links.Current),
        };
        await http.Response.WriteAsJsonAsync(response, KittyJson.Options, http.RequestAborted);
    }
}
