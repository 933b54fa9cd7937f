using Kitty.Abstractions.Users;

namespace Kitty.Abstractions.Channels;

/// <summary>A custom event sent to a channel's chat sessions: a free type and properties.</summary>
[GenerateSerializer, Immutable, Alias("kitty.channel-event")]
public sealed record ChannelEvent(
    [property: Id(0)] string Type,
    [property: Id(1)] string PropertiesJson,
    [property: Id(2)] ChatUser? User);
