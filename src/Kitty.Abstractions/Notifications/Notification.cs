namespace Kitty.Abstractions.Notifications;

/// <summary>
/// A notification kept for a user who was away: a title, a body, what it is about
/// (<see cref="DataType"/>, one of <see cref="NotificationTypes"/>, and the ids it names), and whether it is
/// muted or read. <see cref="MentionedUserId"/> is set for <c>USER:MENTIONED:USER</c>,
/// <see cref="MentionedChannelId"/> for <c>USER:MENTIONED:CHANNEL</c> and <see cref="ParentMessageId"/> for
/// <c>USER:REPLIED_TO:MESSAGE</c>.
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
    [property: Id(10)] DateTimeOffset? ReadTime,
    [property: Id(11)] long? MentionedUserId = null,
    [property: Id(12)] long? MentionedChannelId = null,
    [property: Id(13)] long? ParentMessageId = null);
