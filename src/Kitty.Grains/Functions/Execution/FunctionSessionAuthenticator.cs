using System.Text.Json;
using System.Text.Json.Nodes;
using Kitty.Abstractions.Functions;
using Kitty.Abstractions.Users;
using Kitty.Grains.Sessions;

namespace Kitty.Grains.Functions.Execution;

/// <summary>
/// Admits users through the blocking <c>user.attempted.start_session</c> function. The event is
/// <c>{ username, authParams }</c>. A normal return admits (a returned <c>false</c> or <c>{ allow: false }</c> refuses);
/// a throw refuses; without a function nobody is admitted. The admitted user is found by name; when the function
/// did not create it (ChatKitty's example does, through <c>context.getUserApi().createUser</c>) it is created as a
/// person user, non-guest.
/// </summary>
public sealed class FunctionSessionAuthenticator(ChatFunctionInvoker invoker, IGrainFactory grains) : ISessionAuthenticator
{
    public async Task<ChatUser> Authenticate(long applicationId, string username, string? authParamsJson)
    {
        var authParams = string.IsNullOrWhiteSpace(authParamsJson) ? new JsonObject() : JsonNode.Parse(authParamsJson);
        var @event = new JsonObject { ["username"] = username, ["authParams"] = authParams };
        // Called in the admission grain's turn: the invoker runs the function from here, without a hop through the executor grain.
        var outcome = await invoker.Invoke(applicationId, ChatFunctionTriggers.UserAttemptedStartSession, @event.ToJsonString());
        if (!outcome.Ran)
            throw Denied("Guest users are disabled and no user.attempted.start_session function admits this user.");
        if (!outcome.Succeeded) throw Denied($"The user.attempted.start_session function refused the session: {outcome.Error}");
        if (Refuses(outcome.ResultJson)) throw Denied("The user.attempted.start_session function refused the session.");
        return await FindOrCreate(applicationId, username);
    }

    private async Task<ChatUser> FindOrCreate(long applicationId, string username)
    {
        var directory = grains.GetGrain<IUserDirectoryGrain>(applicationId);
        var id = await directory.FindUserId(username);
        if (id is null)
        {
            try
            {
                id = (await directory.CreateUser(new CreateUser(applicationId, username, username, IsGuest: false, "{}"))).Id;
            }
            catch (KittyException e) when (e.Error == KittyError.DuplicateResourceError)
            {
                id = await directory.FindUserId(username) ?? throw Denied("The user could not be created.");
            }
        }

        return await grains.GetGrain<IUserGrain>(id.Value).GetCurrentUser(applicationId);
    }

    private static bool Refuses(string? resultJson)
    {
        if (resultJson is null) return false;
        using var result = JsonDocument.Parse(resultJson);
        var root = result.RootElement;
        return root.ValueKind == JsonValueKind.False
            || (root.ValueKind == JsonValueKind.Object && root.TryGetProperty("allow", out var allow) && allow.ValueKind == JsonValueKind.False);
    }

    private static KittyException Denied(string message) => new(KittyError.AccessDeniedError, message);
}
