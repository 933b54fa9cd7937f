using Kitty.Abstractions.Sessions;

namespace Kitty.Grains.Users;

/// <summary>
/// A realtime connection of a user, live state only: its user session, the lease its node renews, and
/// the channels where it has chat sessions (ended with it).
/// </summary>
internal sealed class LiveConnection(UserSession session, DateTimeOffset leaseExpires)
{
    public UserSession Session { get; } = session;
    public DateTimeOffset LeaseExpires { get; set; } = leaseExpires;
    public HashSet<long> ChannelIds { get; } = [];
}
