namespace Kitty.Api.Errors;

/// <summary>The body of every non-authentication failure (§3).</summary>
public sealed record ApiError(string Error, string Message, DateTimeOffset Timestamp, string? Explanation = null);
