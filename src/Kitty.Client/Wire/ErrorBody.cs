namespace Kitty.Client.Wire;

/// <summary>The JSON error body of Kitty's HTTP endpoints.</summary>
internal sealed record ErrorBody(string? Error, string? Message, string? CoolOffDuration);
