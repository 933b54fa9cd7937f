namespace Kitty.Abstractions.Notifications;

/// <summary>
/// A notification kept for a user who was away: a title, a body, what it is about
/// (<see cref="DataType"/>, e.g. <c>USER:SENT:MESSAGE</c>, and the ids it names), and whether it is muted
/// or read.
/// </summary>
[GenerateSerializer, Immutable, Alias("kitty.notification")]
public sealed record Notification(
    [property: Id(0)] long Id,
    [property: Id(1)] long ApplicationId,
    [property: Id(2)] long UserId,
    [property: Id(3)] string Title,
    [property: Id(4)] string Body,
    [property: Id(5)] string DataType,
    [property: Id(6)] long? ChannelId,
    [property: Id(7)] long? MessageId,
    [property: Id(8)] bool Muted,
    [property: Id(9)] DateTimeOffset CreatedTime,
    [property: Id(10)] DateTimeOffset? ReadTime);
