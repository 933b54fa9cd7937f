using Kitty.Abstractions.Sessions;
using Kitty.Abstractions.Users;

namespace Kitty.Grains.Channels;

/// <summary>One connection's chat session in a channel, with the user as last seen (live state only).</summary>
internal sealed record Participant(long UserId, ChatSession Session, ChatUser User);
