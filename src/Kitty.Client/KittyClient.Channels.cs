using Kitty.Client.Models;
using Kitty.Client.Requests;

namespace Kitty.Client;

public sealed partial class KittyClient
{
    /// <summary>Creates a channel; the current user becomes its creator and a member.</summary>
    /// <param name="request">The channel.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    public Task<Channel> CreateChannelAsync(CreateChannelRequest request, CancellationToken cancellationToken = default) =>
        InvokeAsync<Channel>("CreateChannel", cancellationToken, request);

    /// <summary>Lists channels: member channels and joinable public ones, newest first.</summary>
    /// <param name="filter">Narrows the listing.</param>
    /// <param name="page">Which page (cursors are page numbers).</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    public Task<Page<Channel>> ListChannelsAsync(ChannelFilter? filter = null, PageRequest? page = null, CancellationToken cancellationToken = default) =>
        InvokeAsync<Page<Channel>>("ListChannels", cancellationToken, new { filter, page });

    /// <summary>Fetches a channel the user is a member of, or a public one.</summary>
    /// <param name="channelId">The channel.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    public Task<Channel> RetrieveChannelAsync(long channelId, CancellationToken cancellationToken = default) =>
        InvokeAsync<Channel>("RetrieveChannel", cancellationToken, channelId);

    /// <summary>Joins a public channel (<c>ChannelNotPubliclyJoinableError</c> otherwise).</summary>
    /// <param name="channelId">The channel.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    public Task<Channel> JoinChannelAsync(long channelId, CancellationToken cancellationToken = default) =>
        InvokeAsync<Channel>("JoinChannel", cancellationToken, channelId);

    /// <summary>Leaves a group channel.</summary>
    /// <param name="channelId">The channel.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    public Task<Channel> LeaveChannelAsync(long channelId, CancellationToken cancellationToken = default) =>
        InvokeAsync<Channel>("LeaveChannel", cancellationToken, channelId);

    /// <summary>Adds a user to a group channel.</summary>
    /// <param name="channelId">The channel.</param>
    /// <param name="user">The invitee.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>The invitee.</returns>
    public Task<User> InviteUserAsync(long channelId, UserRef user, CancellationToken cancellationToken = default) =>
        InvokeAsync<User>("InviteUser", cancellationToken, channelId, user);

    /// <summary>Changes a channel's display name and/or properties.</summary>
    /// <param name="channelId">The channel.</param>
    /// <param name="update">What to change.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    public Task<Channel> UpdateChannelAsync(long channelId, ChannelUpdate update, CancellationToken cancellationToken = default) =>
        InvokeAsync<Channel>("UpdateChannel", cancellationToken, channelId, update);

    /// <summary>Deletes a channel (its creator only).</summary>
    /// <param name="channelId">The channel.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    public Task DeleteChannelAsync(long channelId, CancellationToken cancellationToken = default) =>
        InvokeJsonAsync("DeleteChannel", cancellationToken, channelId);

    /// <summary>Lists a channel's members.</summary>
    /// <param name="channelId">The channel.</param>
    /// <param name="page">Which page (cursors are page numbers).</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    public Task<Page<User>> ListChannelMembersAsync(long channelId, PageRequest? page = null, CancellationToken cancellationToken = default) =>
        InvokeAsync<Page<User>>("ListChannelMembers", cancellationToken, channelId, page);

    /// <summary>Makes a member a moderator of a group channel.</summary>
    /// <param name="channelId">The channel.</param>
    /// <param name="user">The new moderator.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>The moderator.</returns>
    public Task<User> AddChannelModeratorAsync(long channelId, UserRef user, CancellationToken cancellationToken = default) =>
        InvokeAsync<User>("AddChannelModerator", cancellationToken, channelId, user);

    /// <summary>Takes a moderator's role away.</summary>
    /// <param name="channelId">The channel.</param>
    /// <param name="userId">The moderator.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    public Task<Channel> RemoveChannelModeratorAsync(long channelId, long userId, CancellationToken cancellationToken = default) =>
        InvokeAsync<Channel>("RemoveChannelModerator", cancellationToken, channelId, userId);

    /// <summary>Sends a custom event to the channel's chat sessions (<c>channel.event.triggered</c>).</summary>
    /// <param name="channelId">The channel.</param>
    /// <param name="type">The application-defined event type.</param>
    /// <param name="properties">Event data (a JSON-serializable object), or null for none.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    public Task<ChannelEvent> TriggerEventAsync(long channelId, string type, object? properties = null, CancellationToken cancellationToken = default) =>
        InvokeAsync<ChannelEvent>("TriggerEvent", cancellationToken, channelId, new { type, properties = properties ?? new { } });
}
