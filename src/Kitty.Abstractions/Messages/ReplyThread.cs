namespace Kitty.Abstractions.Messages;

/// <summary>A thread of a channel: its main conversation, a named thread, or the replies to a message.</summary>
[GenerateSerializer, Immutable, Alias("kitty.reply-thread")]
public sealed record ReplyThread(
    [property: Id(0)] long Id,
    [property: Id(1)] long ApplicationId,
    [property: Id(2)] long ChannelId,
    [property: Id(3)] ReplyThreadType Type,
    [property: Id(4)] string? Name,
    [property: Id(5)] long? ParentMessageId,
    [property: Id(6)] string PropertiesJson,
    [property: Id(7)] DateTimeOffset CreatedTime);
