using Kitty.Abstractions.Users;

namespace Kitty.Abstractions.Messages;

/// <summary>
/// That <see cref="User"/> reacted to message <see cref="MessageId"/> with <see cref="Emoji"/> (the emoji's
/// character, see <see cref="Emojis"/>) at <see cref="CreatedTime"/>.
/// </summary>
[GenerateSerializer, Immutable, Alias("kitty.reaction")]
public sealed record Reaction(
    [property: Id(0)] long MessageId,
    [property: Id(1)] string Emoji,
    [property: Id(2)] ChatUser User,
    [property: Id(3)] DateTimeOffset CreatedTime);
