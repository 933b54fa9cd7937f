using System.Text.Json;

namespace Kitty.Api.Users;

/// <summary>A user secret (SecretResource): any JSON value. Also the body of <c>PUT /v1/users/{id}/secrets/{name}</c>.</summary>
public sealed record SecretResource(JsonElement Secret);
