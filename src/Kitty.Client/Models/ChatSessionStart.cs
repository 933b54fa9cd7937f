namespace Kitty.Client.Models;

/// <summary>A started chat session: the channel and the seq of its newest message (0 when it has none).</summary>
/// <param name="Channel">The channel the session is in.</param>
/// <param name="LastMessageSeq">The seq of the newest message when the session started.</param>
public sealed record ChatSessionStart(Channel Channel, long LastMessageSeq);
