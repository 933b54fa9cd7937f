using Kitty.Abstractions.Paging;
using Kitty.Abstractions.Users;

namespace Kitty.Abstractions.Channels;

/// <summary>
/// An application's channels as collections: creation (ids, unique names, one direct channel per member
/// set) and listings. A stateless worker keyed by application id; writes to a channel go to its grain.
/// </summary>
[Alias("kitty.channel-directory")]
public interface IChannelDirectoryGrain : IGrainWithIntegerKey
{
    /// <summary>
    /// Creates a channel, or returns the existing one that it would duplicate: the direct channel of the
    /// same member set, or the group channel of the same name.
    /// </summary>
    [Alias("create-channel")]
    Task<Channel> CreateChannel(CreateChannel command);

    /// <summary>A page of channels.</summary>
    [ReadOnly, Alias("list-channels")]
    Task<Page<Channel>> ListChannels(ChannelQuery query, PageRequest page);

    /// <summary>The channels a user created or belongs to.</summary>
    [ReadOnly, Alias("list-user-channels")]
    Task<Page<Channel>> ListUserChannels(long userId, PageRequest page);

    /// <summary>The channels one user sees (joined, joinable, unread, by name; hidden direct channels left out), newest first.</summary>
    [ReadOnly, Alias("list-channels-for-user")]
    Task<Page<Channel>> ListChannelsForUser(UserChannelQuery query, PageRequest page);

    /// <summary>A channel's members.</summary>
    [ReadOnly, Alias("list-members")]
    Task<Page<ChatUser>> ListMembers(long channelId, PageRequest page);

    /// <summary>A channel's memberships.</summary>
    [ReadOnly, Alias("list-memberships")]
    Task<Page<ChannelMembership>> ListMemberships(long channelId, PageRequest page);

    /// <summary>A channel's moderators.</summary>
    [ReadOnly, Alias("list-moderators")]
    Task<Page<ChatUser>> ListModerators(long channelId, PageRequest page);

    /// <summary>A channel's pending invites.</summary>
    [ReadOnly, Alias("list-invites")]
    Task<Page<ChannelInvite>> ListInvites(long channelId, PageRequest page);
}
