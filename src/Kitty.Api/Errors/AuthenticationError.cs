using System.Text.Json.Serialization;

namespace Kitty.Api.Errors;

/// <summary>The body of 401/403 failures and of OAuth errors (snake_case, Spring OAuth style).</summary>
public sealed record AuthenticationError(
    [property: JsonPropertyName("error")] string Error,
    [property: JsonPropertyName("error_description")] string ErrorDescription);
