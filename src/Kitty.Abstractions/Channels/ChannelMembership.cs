using Kitty.Abstractions.Users;

namespace Kitty.Abstractions.Channels;

/// <summary>A user's membership of a channel, since <see cref="CreatedTime"/>.</summary>
[GenerateSerializer, Immutable, Alias("kitty.channel-membership")]
public sealed record ChannelMembership(
    [property: Id(0)] long ChannelId,
    [property: Id(1)] ChatUser User,
    [property: Id(2)] DateTimeOffset CreatedTime);
