namespace Kitty.Abstractions.Messages;

/// <summary>
/// A mention parsed from a text body: the literal tag, its position (end exclusive) and the id of the
/// mentioned user or channel.
/// </summary>
[GenerateSerializer, Immutable, Alias("kitty.message-mention")]
public sealed record MessageMention(
    [property: Id(0)] MentionType Type,
    [property: Id(1)] string Tag,
    [property: Id(2)] int StartPosition,
    [property: Id(3)] int EndPosition,
    [property: Id(4)] long TargetId);
