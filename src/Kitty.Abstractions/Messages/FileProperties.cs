namespace Kitty.Abstractions.Messages;

/// <summary>
/// A file attached to a message or used as a display picture. For hosted files <see cref="Url"/> is a
/// path on this server (starting with '/'), made absolute when a response is written.
/// </summary>
[GenerateSerializer, Immutable, Alias("kitty.file-properties")]
public sealed record FileProperties(
    [property: Id(0)] FileType Type,
    [property: Id(1)] string Url,
    [property: Id(2)] string Name,
    [property: Id(3)] string ContentType,
    [property: Id(4)] long Size);
