using System.Text.Json.Nodes;
using Kitty.Abstractions.Sessions;

namespace Kitty.Grains.Functions.Context;

/// <summary>
/// <c>context.getUserSessionApi()</c>: platform-sdk 2.4.0 <c>UserSessionsApi</c>, whose one method is
/// <c>listUserSessions(page, size, sort, state)</c>, plus <c>getUserSessions</c> in the 1.x style of the other APIs.
/// </summary>
internal static class UserSessionContextApi
{
    public static async Task<JsonNode?> Invoke(ContextCalls calls, string method, ContextArguments args) => method switch
    {
        "listUserSessions" or "getUserSessions" => ContextJson.Paged(
            await calls.Directory<ISessionDirectoryGrain>().ListUserSessions(State(args.OptionalString(3)), args.Page(0) with { Sort = args.Sort(2) }),
            "sessions", s => ContextJson.UserSession(s)),
        _ => throw ChatFunctionContext.Unknown("userSession", method),
    };

    private static SessionState? State(string? text) => text switch
    {
        null => null,
        _ when Enum.TryParse<SessionState>(text, ignoreCase: false, out var state) && Enum.IsDefined(state) => state,
        _ => throw KittyException.Invalid("'state' must be ACTIVE or ENDED."),
    };
}
