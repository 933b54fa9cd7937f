using Kitty.Abstractions.Sessions;
using Kitty.Api.Hal;
using Kitty.Api.Hosting;
using Kitty.Api.Json;
using Kitty.Api.Paging;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace Kitty.Api.Sessions;

/// <summary><c>/v1/user-sessions</c> and <c>/v1/chat-sessions</c> (§9.7).</summary>
internal static class SessionsApi
{
    public static IEndpointRouteBuilder MapSessionsApi(this IEndpointRouteBuilder app)
    {
        app.MapPlatformGroup(ApiPaths.UserSessions, "Sessions")
            .MapGet("", ListUserSessions)
            .WithName("ListUserSessions").WithSummary("Lists user sessions (filter: state ACTIVE|ENDED)");
        app.MapPlatformGroup(ApiPaths.ChatSessions, "Sessions")
            .MapGet("", ListChatSessions)
            .WithName("ListChatSessions").WithSummary("Lists chat sessions (filter: state ACTIVE|ENDED)");
        return app;
    }

    private static async Task<Hal<PagedModel<UserSessionResource>>> ListUserSessions(ApiRequest api, string? state)
    {
        var page = PageParameters.Parse(api.Query, SortableProperties.Sessions);
        var sessions = await Directory(api).ListUserSessions(State(state), page);
        return HalResult.Ok(HalPages.Offset(sessions, "sessions", api.SelfHref,
            s => SessionResources.Render(s, api.Links), QueryParameter.Of("state", Blank(state))));
    }

    private static async Task<Hal<PagedModel<ChatSessionResource>>> ListChatSessions(ApiRequest api, string? state)
    {
        var page = PageParameters.Parse(api.Query, SortableProperties.Sessions);
        var sessions = await Directory(api).ListChatSessions(State(state), page);
        return HalResult.Ok(HalPages.Offset(sessions, "sessions", api.SelfHref,
            s => SessionResources.Render(s, api.Links), QueryParameter.Of("state", Blank(state))));
    }

    private static ISessionDirectoryGrain Directory(ApiRequest api) => api.Grain<ISessionDirectoryGrain>(api.ApplicationId);

    internal static SessionState? State(string? text) =>
        Blank(text) is { } value ? JsonFields.ParseEnum<SessionState>(value, "state") : null;

    private static string? Blank(string? text) => string.IsNullOrWhiteSpace(text) ? null : text;
}
