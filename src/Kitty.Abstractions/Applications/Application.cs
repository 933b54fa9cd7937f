namespace Kitty.Abstractions.Applications;

/// <summary>A tenant of Kitty: every user, channel and message belongs to exactly one application.</summary>
[GenerateSerializer, Immutable, Alias("kitty.model.application")]
public sealed record Application(
    [property: Id(0)] long Id,
    [property: Id(1)] DateTimeOffset CreatedTime,
    [property: Id(2)] string ApiKey,
    [property: Id(3)] string ClientId,
    [property: Id(4)] string PropertiesJson);
