namespace Kitty.Abstractions.Messages;

/// <summary>A merge-patch of a message: a new body (marks it edited) and/or a properties merge-patch.</summary>
[GenerateSerializer, Immutable, Alias("kitty.message-patch")]
public sealed record MessagePatch(
    [property: Id(0)] string? Body,
    [property: Id(1)] string? PropertiesPatchJson);
