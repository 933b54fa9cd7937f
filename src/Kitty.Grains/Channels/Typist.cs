using Kitty.Abstractions.Users;

namespace Kitty.Grains.Channels;

/// <summary>A member typing in one thread of a channel, and when their last keystrokes came (live state only).</summary>
internal sealed record Typist(ChatUser User, DateTimeOffset LastKeystrokes);
