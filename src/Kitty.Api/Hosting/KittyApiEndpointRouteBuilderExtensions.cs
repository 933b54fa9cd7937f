using Kitty.Api.Application;
using Kitty.Api.Auth;
using Kitty.Api.Channels;
using Kitty.Api.Files;
using Kitty.Api.Functions;
using Kitty.Api.Messages;
using Kitty.Api.OpenApi;
using Kitty.Api.Rtm.Hosting;
using Kitty.Api.Sessions;
using Kitty.Api.Threads;
using Kitty.Api.Users;
using Microsoft.AspNetCore.Routing;

namespace Microsoft.AspNetCore.Builder;

/// <summary>Maps the Platform API's endpoints.</summary>
public static class KittyApiEndpointRouteBuilderExtensions
{
    /// <summary>
    /// Maps <c>POST /oauth/token</c>, every <c>/v1</c> endpoint, hosted file downloads (<c>/files</c>),
    /// generated avatars (<c>/avatars</c>) the OpenAPI document (<c>/openapi/v1.json</c>), and the realtime API (<c>/rtm</c>).
    /// </summary>
    public static IEndpointRouteBuilder MapKittyApi(this IEndpointRouteBuilder app)
    {
        app.MapOAuthApi();
        app.MapApplicationApi();
        app.MapUsersApi();
        app.MapChannelsApi();
        app.MapMessagesApi();
        app.MapThreadsApi();
        app.MapSessionsApi();
        app.MapRuntimeApi();
        app.MapFunctionsApi();
        app.MapFilesApi();
        app.MapApiReference();
        app.MapKittyRtm();
        return app;
    }
}
