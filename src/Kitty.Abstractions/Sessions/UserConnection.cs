namespace Kitty.Abstractions.Sessions;

/// <summary>A realtime connection of a user: its id, the node that holds it, and the client's user agent.</summary>
[GenerateSerializer, Immutable, Alias("kitty.user-connection")]
public sealed record UserConnection(
    [property: Id(0)] string ConnectionId,
    [property: Id(1)] string NodeId,
    [property: Id(2)] string? UserAgent);
