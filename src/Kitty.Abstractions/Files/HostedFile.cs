namespace Kitty.Abstractions.Files;

/// <summary>The content of an uploaded file with what a download needs to describe it.</summary>
[GenerateSerializer, Immutable, Alias("kitty.hosted-file")]
public sealed record HostedFile(
    [property: Id(0)] long Id,
    [property: Id(1)] string Name,
    [property: Id(2)] string ContentType,
    [property: Id(3)] byte[] Content);
