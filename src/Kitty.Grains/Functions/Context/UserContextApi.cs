using System.Text.Json;
using System.Text.Json.Nodes;
using Kitty.Abstractions.Users;

namespace Kitty.Grains.Functions.Context;

/// <summary><c>context.getUserApi()</c>: platform-sdk 2.4.0 <c>UserApi</c> names plus the 1.x aliases.</summary>
internal static class UserContextApi
{
    public static async Task<JsonNode?> Invoke(ContextCalls calls, string method, ContextArguments args) => method switch
    {
        "createUser" => ContextJson.User(await CreateUser(calls, args.Object(0))),
        "retrieveUser" or "getUser" => ContextJson.User(await calls.Grain<IUserGrain>(args.Id(0)).Get(calls.ApplicationId)),
        "listUsers" or "getUsers" => ContextJson.Paged(
            await calls.Directory<IUserDirectoryGrain>().ListUsers(new UserQuery(args.OptionalString(3)), args.Page(0)),
            "users", u => ContextJson.User(u)),
        "checkUserExists" or "getUserExists" => ContextJson.User(await FindByName(calls, args.String(0))),
        "updateUser" => ContextJson.User(await calls.Grain<IUserGrain>(args.Id(0)).Update(calls.ApplicationId, Patch(args.Object(1)))),
        "deleteUser" => await DeleteUser(calls, args.Id(0)),
        _ => throw ChatFunctionContext.Unknown("user", method),
    };

    private static Task<ChatUser> CreateUser(ContextCalls calls, JsonElement body)
    {
        var name = ContextArguments.Property(body, "name") ?? throw KittyException.Invalid("'name' is required.");
        var displayName = ContextArguments.Property(body, "displayName") ?? name;
        var isGuest = body.TryGetProperty("isGuest", out var guest) && guest.ValueKind == JsonValueKind.True;
        return calls.Directory<IUserDirectoryGrain>().CreateUser(
            new CreateUser(calls.ApplicationId, name, displayName, isGuest, ContextArguments.PropertiesJson(body)));
    }

    private static async Task<ChatUser> FindByName(ContextCalls calls, string name) =>
        await calls.Directory<IUserDirectoryGrain>().FindUserId(name) is { } id
            ? await calls.Grain<IUserGrain>(id).Get(calls.ApplicationId)
            : throw KittyException.NotFound("User");

    private static UserPatch Patch(JsonElement body) => new(
        ContextArguments.Property(body, "displayName"),
        body.TryGetProperty("isGuest", out var guest) && guest.ValueKind is JsonValueKind.True or JsonValueKind.False ? guest.GetBoolean() : null,
        body.TryGetProperty("presence", out var presence) && presence.ValueKind == JsonValueKind.Object
            ? ContextArguments.Property(presence, "status")
            : null,
        body.TryGetProperty("properties", out var properties) ? properties.GetRawText() : null);

    private static async Task<JsonNode?> DeleteUser(ContextCalls calls, long id)
    {
        await calls.Grain<IUserGrain>(id).Delete(calls.ApplicationId);
        return await ApplicationContextApi.Application(calls);
    }
}
