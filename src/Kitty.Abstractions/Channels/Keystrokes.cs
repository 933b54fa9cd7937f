namespace Kitty.Abstractions.Channels;

/// <summary>Keys a user typed in a channel or thread; they drive typing indicators.</summary>
[GenerateSerializer, Immutable, Alias("kitty.keystrokes")]
public sealed record Keystrokes(
    [property: Id(0)] long ChannelId,
    [property: Id(1)] long ThreadId,
    [property: Id(2)] string Username,
    [property: Id(3)] string Keys);
