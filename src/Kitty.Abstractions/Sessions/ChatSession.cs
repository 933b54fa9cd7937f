namespace Kitty.Abstractions.Sessions;

/// <summary>A user session's presence in one channel's live chat.</summary>
[GenerateSerializer, Immutable, Alias("kitty.chat-session")]
public sealed record ChatSession(
    [property: Id(0)] long Id,
    [property: Id(1)] long ApplicationId,
    [property: Id(2)] long ChannelId,
    [property: Id(3)] UserSession Session,
    [property: Id(4)] SessionState State,
    [property: Id(5)] DateTimeOffset CreatedTime,
    [property: Id(6)] DateTimeOffset? EndTime);
