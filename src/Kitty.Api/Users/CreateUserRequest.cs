using System.Text.Json;
using Kitty.Abstractions.Users;
using Kitty.Api.Json;

namespace Kitty.Api.Users;

/// <summary>The body of <c>POST /v1/users</c> (CreatePersonChatUserResource).</summary>
public sealed record CreateUserRequest(string Name, string DisplayName, bool IsGuest, JsonElement? Properties)
{
    internal static CreateUser Parse(JsonElement body, long applicationId) =>
        new(
            applicationId,
            body.RequiredString("name"),
            body.RequiredString("displayName"),
            body.RequiredBool("isGuest"),
            body.OptionalObjectJson("properties") ?? "{}");
}
