using System.Text.Json.Nodes;
using Kitty.Abstractions.Applications;

namespace Kitty.Grains.Functions.Context;

/// <summary><c>context.getApplicationApi()</c>: the application the function belongs to.</summary>
internal static class ApplicationContextApi
{
    public static async Task<JsonNode?> Invoke(ContextCalls calls, string method, ContextArguments args) => method switch
    {
        "retrieveAuthenticatedApplication" or "getAuthenticatedApplication" => await Application(calls),
        "retrieveAuthenticatedApplicationSettings" or "getAuthenticatedApplicationSettings" => await Settings(calls),
        _ => throw ChatFunctionContext.Unknown("application", method),
    };

    public static async Task<JsonNode?> Application(ContextCalls calls)
    {
        var application = await calls.Directory<IApplicationGrain>().Get();
        return new JsonObject
        {
            ["id"] = application.Id,
            ["createdTime"] = application.CreatedTime,
            ["key"] = application.ApiKey,
            ["properties"] = ContextJson.Raw(application.PropertiesJson),
        };
    }

    private static async Task<JsonNode?> Settings(ContextCalls calls)
    {
        var settings = await calls.Directory<IApplicationGrain>().GetSettings();
        return new JsonObject
        {
            ["guestUsers"] = settings.GuestUsers ? "ENABLED" : "DISABLED",
            ["userCreatedChannels"] = settings.UserCreatedChannels ? "ENABLED" : "DISABLED",
        };
    }
}
