using Kitty.Abstractions.Users;

namespace Kitty.Abstractions.Messages;

/// <summary>
/// A message as the APIs show it. <see cref="Seq"/> is its place in the channel: total, gap-free order.
/// <see cref="User"/> is the sender (absent for system messages and deleted users).
/// </summary>
[GenerateSerializer, Immutable, Alias("kitty.message")]
public sealed record Message(
    [property: Id(0)] long Id,
    [property: Id(1)] long ApplicationId,
    [property: Id(2)] long ChannelId,
    [property: Id(3)] long Seq,
    [property: Id(4)] long ThreadId,
    [property: Id(5)] MessageType Type,
    [property: Id(6)] long? UserId,
    [property: Id(7)] ChatUser? User,
    [property: Id(8)] string? Body,
    [property: Id(9)] FileProperties? File,
    [property: Id(10)] string? GroupTag,
    [property: Id(11)] string PropertiesJson,
    [property: Id(12)] DateTimeOffset CreatedTime,
    [property: Id(13)] DateTimeOffset? LastEditedTime,
    [property: Id(14)] int NestedLevel,
    [property: Id(15)] long? ParentMessageId,
    [property: Id(16)] int RepliesCount,
    [property: Id(17)] IReadOnlyList<MessageMention> Mentions,
    [property: Id(18)] IReadOnlyList<MessageLink> Links)
{
    /// <summary>The reactions to this message, one summary per emoji, first used first.</summary>
    [Id(19)] public IReadOnlyList<ReactionSummary> Reactions { get; init; } = [];
}
