namespace Kitty.Abstractions.Messages;

/// <summary>
/// Filters of a message listing (newest first). <see cref="ChannelId"/> alone lists the channel's main
/// thread; <see cref="ThreadId"/> lists one thread; <see cref="MemberUserId"/> lists messages of the
/// channels that user belongs to, and with <see cref="UnreadOnly"/> only those they have not read.
/// <see cref="ViewerId"/> leaves out what that user deleted for themselves and what users they blocked sent.
/// </summary>
[GenerateSerializer, Immutable, Alias("kitty.message-query")]
public sealed record MessageQuery(
    [property: Id(0)] long? ChannelId = null,
    [property: Id(1)] long? ThreadId = null,
    [property: Id(2)] string? SenderName = null,
    [property: Id(3)] string? BodyContains = null,
    [property: Id(4)] long? MemberUserId = null,
    [property: Id(5)] bool UnreadOnly = false,
    [property: Id(6)] long? ViewerId = null);
