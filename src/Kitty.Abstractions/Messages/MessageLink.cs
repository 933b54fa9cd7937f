namespace Kitty.Abstractions.Messages;

/// <summary>A URL found in a text body, with its position (end exclusive).</summary>
[GenerateSerializer, Immutable, Alias("kitty.message-link")]
public sealed record MessageLink(
    [property: Id(0)] string Source,
    [property: Id(1)] int StartPosition,
    [property: Id(2)] int EndPosition);
