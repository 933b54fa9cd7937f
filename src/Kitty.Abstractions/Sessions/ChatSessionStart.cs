using Kitty.Abstractions.Channels;

namespace Kitty.Abstractions.Sessions;

/// <summary>A started chat session: the channel and the seq of its newest message (0 when it has none).</summary>
[GenerateSerializer, Immutable, Alias("kitty.chat-session-start")]
public sealed record ChatSessionStart(
    [property: Id(0)] long ChatSessionId,
    [property: Id(1)] Channel Channel,
    [property: Id(2)] long LastMessageSeq);
