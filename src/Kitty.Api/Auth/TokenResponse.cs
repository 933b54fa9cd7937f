using System.Text.Json.Serialization;

namespace Kitty.Api.Auth;

/// <summary>The body of a successful <c>POST /oauth/token</c>.</summary>
public sealed record TokenResponse(
    [property: JsonPropertyName("access_token")] string AccessToken,
    [property: JsonPropertyName("token_type")] string TokenType,
    [property: JsonPropertyName("expires_in")] long ExpiresIn,
    [property: JsonPropertyName("scope")] string Scope);
