using Kitty.Abstractions.Functions;
using Kitty.Api.Hal;
using Kitty.Api.Hosting;
using Kitty.Api.Json;
using Kitty.Api.Paging;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace Kitty.Api.Functions;

/// <summary><c>/v1/functions</c> and <c>/v1/function-versions</c> (§9.8).</summary>
internal static class FunctionsApi
{
    public static IEndpointRouteBuilder MapFunctionsApi(this IEndpointRouteBuilder app)
    {
        var group = app.MapPlatformGroup(ApiPaths.Functions, "Functions");
        group.MapGet("/{id:long}", GetFunction)
            .WithName("RetrieveFunction").WithSummary("Retrieves a chat function");
        group.MapGet("/{id:long}/versions", ListVersions)
            .WithName("ListFunctionVersions").WithSummary("Lists a function's versions, newest first");
        group.MapPost("/{id:long}/versions", CreateVersion)
            .WithName("CreateFunctionVersion").WithSummary("Deploys a handler script as the function's new current version")
            .Accepts<CreateChatFunctionVersionRequest>("application/json");
        group.MapGet("/{id:long}/current-version", GetCurrentVersion)
            .WithName("RetrieveFunctionCurrentVersion").WithSummary("Retrieves the function's current version (404 before the first)");
        group.MapGet("/{id:long}/invocations", ListInvocations)
            .WithName("ListFunctionInvocations").WithSummary("Lists a function's invocations, newest first");
        app.MapPlatformGroup(ApiPaths.FunctionVersions, "FunctionVersions")
            .MapGet("/{id:long}", GetVersion)
            .WithName("RetrieveFunctionVersion").WithSummary("Retrieves a function version");
        return app;
    }

    private static async Task<Hal<ChatFunctionResource>> GetFunction(ApiRequest api, long id) =>
        HalResult.Ok(FunctionResources.Render(await Function(api, id).Get(api.ApplicationId), api.Links));

    private static async Task<Hal<PagedModel<ChatFunctionVersionResource>>> ListVersions(ApiRequest api, long id)
    {
        var page = PageParameters.Parse(api.Query, SortableProperties.FunctionVersions);
        var versions = await Function(api, id).ListVersions(api.ApplicationId, page);
        return HalResult.Ok(HalPages.Offset(versions, "versions", api.SelfHref, v => FunctionResources.Render(v, api.Links)));
    }

    private static async Task<Hal<ChatFunctionVersionResource>> CreateVersion(ApiRequest api, long id)
    {
        var script = (await JsonBody.ReadObject(api.Request)).RequiredString("handlerScript");
        return HalResult.Ok(FunctionResources.Render(await Function(api, id).Deploy(api.ApplicationId, script), api.Links));
    }

    private static async Task<Hal<ChatFunctionVersionResource>> GetCurrentVersion(ApiRequest api, long id) =>
        HalResult.Ok(FunctionResources.Render(await Function(api, id).GetCurrentVersion(api.ApplicationId), api.Links));

    private static async Task<Hal<PagedModel<ChatFunctionInvocationResource>>> ListInvocations(ApiRequest api, long id)
    {
        var page = PageParameters.Parse(api.Query, SortableProperties.FunctionInvocations);
        var invocations = await Directory(api).ListInvocations(id, page);
        return HalResult.Ok(HalPages.Offset(invocations, "invocations", api.SelfHref, i => FunctionResources.Render(i, api.Links)));
    }

    private static async Task<Hal<ChatFunctionVersionResource>> GetVersion(ApiRequest api, long id) =>
        HalResult.Ok(FunctionResources.Render(await Directory(api).GetVersion(id), api.Links));

    private static IChatFunctionGrain Function(ApiRequest api, long id) => api.Grain<IChatFunctionGrain>(id);

    private static IChatFunctionDirectoryGrain Directory(ApiRequest api) => api.Grain<IChatFunctionDirectoryGrain>(api.ApplicationId);
}
