using Kitty.Abstractions.Applications;
using Kitty.Abstractions.Functions;
using Kitty.Api.Hal;
using Kitty.Api.Hosting;
using Kitty.Api.Json;
using Kitty.Api.Paging;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace Kitty.Api.Functions;

/// <summary><c>/v1/runtimes/nodejs</c> (§9.8): the application's runtime and its functions.</summary>
internal static class RuntimeApi
{
    public static IEndpointRouteBuilder MapRuntimeApi(this IEndpointRouteBuilder app)
    {
        var group = app.MapPlatformGroup(ApiPaths.NodeJsRuntime, "Runtime");
        group.MapGet("", GetRuntime)
            .WithName("RetrieveNodejsRuntime").WithSummary("Retrieves the application's NodeJS runtime");
        group.MapPut("/dependencies", UpdateDependencies)
            .WithName("UpdateNodejsRuntimeDependencies").WithSummary("Replaces the runtime's user-defined npm dependencies")
            .Accepts<ChatRuntimeDependencyResource[]>("application/json");
        group.MapPut("/environment-variables", UpdateEnvironmentVariables)
            .WithName("UpdateNodejsRuntimeEnvironmentVariables").WithSummary("Replaces the runtime's user-defined environment variables")
            .Accepts<Dictionary<string, string>>("application/json");
        group.MapPut("/initialization-script", UpdateInitializationScript)
            .WithName("UpdateNodejsRuntimeInitializationScript").WithSummary("Sets the script run once when the runtime starts")
            .Accepts<ChatRuntimeScriptResource>("application/json");
        group.MapGet("/functions", ListFunctions)
            .WithName("ListNodejsRuntimeFunctions").WithSummary("Lists the runtime's chat functions");
        group.MapPost("/functions", CreateFunction)
            .WithName("CreateNodejsRuntimeFunction").WithSummary("Creates a chat function for a trigger (no version yet)")
            .Accepts<CreateChatFunctionRequest>("application/json");
        return app;
    }

    private static async Task<Hal<ChatRuntimeResource>> GetRuntime(ApiRequest api) => await Render(api, await Runtime(api).Get());

    private static async Task<Hal<ChatRuntimeResource>> UpdateDependencies(ApiRequest api) =>
        await Render(api, await Runtime(api).UpdateDependencies(RuntimeRequests.Dependencies(await JsonBody.ReadArray(api.Request))));

    private static async Task<Hal<ChatRuntimeResource>> UpdateEnvironmentVariables(ApiRequest api) =>
        await Render(api, await Runtime(api).UpdateEnvironmentVariables(RuntimeRequests.EnvironmentVariables(await JsonBody.ReadObject(api.Request))));

    private static async Task<Hal<ChatRuntimeResource>> UpdateInitializationScript(ApiRequest api)
    {
        var script = (await JsonBody.ReadObject(api.Request)).RequiredString("script", allowEmpty: true);
        return await Render(api, await Runtime(api).UpdateInitializationScript(script));
    }

    private static async Task<Hal<PagedModel<ChatFunctionResource>>> ListFunctions(ApiRequest api)
    {
        var page = PageParameters.Parse(api.Query, SortableProperties.Functions);
        var functions = await api.Grain<IChatFunctionDirectoryGrain>(api.ApplicationId).ListFunctions(page);
        return HalResult.Ok(HalPages.Offset(functions, "functions", api.SelfHref, f => FunctionResources.Render(f, api.Links)));
    }

    private static async Task<Hal<ChatFunctionResource>> CreateFunction(ApiRequest api)
    {
        var command = RuntimeRequests.CreateFunction(await JsonBody.ReadObject(api.Request), api.ApplicationId);
        var function = await api.Grain<IChatFunctionDirectoryGrain>(api.ApplicationId).CreateFunction(command);
        return HalResult.Ok(FunctionResources.Render(function, api.Links));
    }

    private static IChatRuntimeGrain Runtime(ApiRequest api) => api.Grain<IChatRuntimeGrain>(api.ApplicationId);

    private static async Task<Hal<ChatRuntimeResource>> Render(ApiRequest api, ChatRuntime runtime)
    {
        var application = await api.Grain<IApplicationGrain>(api.ApplicationId).Get();
        return HalResult.Ok(FunctionResources.Render(runtime, application, api.Links));
    }
}
