using Kitty.Abstractions.Applications;
using Kitty.Api.Hal;
using Kitty.Api.Hosting;
using Kitty.Api.Json;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace Kitty.Api.Application;

/// <summary><c>/v1/application</c>: the authenticated application and its settings (§9.1).</summary>
internal static class ApplicationApi
{
    public static IEndpointRouteBuilder MapApplicationApi(this IEndpointRouteBuilder app)
    {
        var group = app.MapPlatformGroup(ApiPaths.Application, "Application");
        group.MapGet("", GetApplication)
            .WithName("RetrieveAuthenticatedApplication").WithSummary("Retrieves the authenticated application");
        group.MapGet("/settings", GetSettings)
            .WithName("RetrieveAuthenticatedApplicationSettings").WithSummary("Retrieves the application's settings");
        group.MapPut("/settings", UpdateSettings)
            .WithName("UpdateAuthenticatedApplicationSettings").WithSummary("Replaces the application's settings")
            .Accepts<ApplicationSettingsRequest>("application/json");
        return app;
    }

    /// <summary>The authenticated application (also the answer to deletes of top-level resources).</summary>
    internal static async Task<ApplicationResource> Current(ApiRequest api) =>
        ApplicationResources.Render(await api.Grain<IApplicationGrain>(api.ApplicationId).Get(), api.Links);

    private static async Task<Hal<ApplicationResource>> GetApplication(ApiRequest api) => HalResult.Ok(await Current(api));

    private static async Task<Hal<ApplicationSettingsResource>> GetSettings(ApiRequest api) =>
        HalResult.Ok(ApplicationResources.Render(await api.Grain<IApplicationGrain>(api.ApplicationId).GetSettings(), api.Links));

    private static async Task<Hal<ApplicationSettingsResource>> UpdateSettings(ApiRequest api)
    {
        var settings = ApplicationSettingsRequest.Parse(await JsonBody.ReadObject(api.Request));
        var updated = await api.Grain<IApplicationGrain>(api.ApplicationId).UpdateSettings(settings);
        return HalResult.Ok(ApplicationResources.Render(updated, api.Links));
    }
}
