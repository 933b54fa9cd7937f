using Kitty.Abstractions.Users;

namespace Kitty.Abstractions.Sessions;

/// <summary>A user's connection to the realtime hub, from start to end.</summary>
[GenerateSerializer, Immutable, Alias("kitty.user-session")]
public sealed record UserSession(
    [property: Id(0)] long Id,
    [property: Id(1)] long ApplicationId,
    [property: Id(2)] ChatUser User,
    [property: Id(3)] SessionState State,
    [property: Id(4)] DateTimeOffset CreatedTime,
    [property: Id(5)] DateTimeOffset? EndTime,
    [property: Id(6)] string? UserAgent);
