using System.Text.Json.Serialization;

namespace Kitty.Api.Auth;

/// <summary>The form fields of a token request, for the OpenAPI document (credentials normally come by HTTP Basic).</summary>
public sealed record TokenRequestForm(
    [property: JsonPropertyName("grant_type")] string GrantType,
    [property: JsonPropertyName("client_id")] string? ClientId,
    [property: JsonPropertyName("client_secret")] string? ClientSecret);
