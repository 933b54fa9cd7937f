using Kitty.Abstractions.Users;

namespace Kitty.Abstractions.Channels;

/// <summary>An invitation of a user to a group channel.</summary>
[GenerateSerializer, Immutable, Alias("kitty.channel-invite")]
public sealed record ChannelInvite(
    [property: Id(0)] long ChannelId,
    [property: Id(1)] ChatUser Invitee,
    [property: Id(2)] DateTimeOffset CreatedTime);
