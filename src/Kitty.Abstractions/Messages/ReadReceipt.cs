using Kitty.Abstractions.Users;

namespace Kitty.Abstractions.Messages;

/// <summary>That <see cref="User"/> read message <see cref="MessageId"/> at <see cref="CreatedTime"/>.</summary>
[GenerateSerializer, Immutable, Alias("kitty.read-receipt")]
public sealed record ReadReceipt(
    [property: Id(0)] long MessageId,
    [property: Id(1)] ChatUser User,
    [property: Id(2)] DateTimeOffset CreatedTime);
