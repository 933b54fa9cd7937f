using Kitty.Abstractions.Messages;
using Kitty.Abstractions.Users;

namespace Kitty.Abstractions.Channels;

/// <summary>
/// A channel as the APIs show it. Group channels have a unique <see cref="Name"/>; direct channels list
/// their <see cref="Members"/> instead.
/// </summary>
[GenerateSerializer, Immutable, Alias("kitty.model.channel")]
public sealed record Channel(
    [property: Id(0)] long Id,
    [property: Id(1)] long ApplicationId,
    [property: Id(2)] ChannelType Type,
    [property: Id(3)] string? Name,
    [property: Id(4)] string? DisplayName,
    [property: Id(5)] string PropertiesJson,
    [property: Id(6)] DateTimeOffset CreatedTime,
    [property: Id(7)] ChatUser? Creator,
    [property: Id(8)] IReadOnlyList<ChatUser>? Members,
    [property: Id(9)] Message? LastReceivedMessage,
    [property: Id(10)] long MainThreadId);
