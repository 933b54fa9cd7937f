using System.Text.Json;
using Kitty.Abstractions.Errors;

namespace Kitty.Api.Users;

/// <summary>Reads the secret value of a SecretResource body.</summary>
internal static class SecretRequest
{
    public static string Parse(JsonElement body) =>
        body.TryGetProperty("secret", out var secret)
            ? secret.GetRawText()
            : throw KittyException.Invalid("'secret' is required");
}
