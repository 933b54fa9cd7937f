using Kitty.Client.Models;
using Kitty.Client.Requests;

namespace Kitty.Client;

public sealed partial class KittyClient
{
    /// <summary>
    /// Lists the user's notifications, newest first: pass <see cref="Page{T}.Next"/> as <see cref="PageRequest.Before"/>
    /// for older ones, or a notification id as <see cref="PageRequest.After"/> for newer ones.
    /// </summary>
    /// <param name="page">Which page (cursors are notification ids).</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    public Task<Page<Notification>> ListNotificationsAsync(PageRequest? page = null, CancellationToken cancellationToken = default) =>
        InvokeAsync<Page<Notification>>("ListNotifications", cancellationToken, new { page });

    /// <summary>Marks one of the user's notifications read.</summary>
    /// <param name="notificationId">The notification.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>The notification, with its <see cref="Notification.ReadTime"/>.</returns>
    public Task<Notification> ReadNotificationAsync(long notificationId, CancellationToken cancellationToken = default) =>
        InvokeAsync<Notification>("ReadNotification", cancellationToken, notificationId);

    /// <summary>Mutes a channel for the user: its notifications still come, marked <see cref="Notification.Muted"/>.</summary>
    /// <param name="channelId">The channel.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>The channel.</returns>
    public Task<Channel> MuteChannelAsync(long channelId, CancellationToken cancellationToken = default) =>
        InvokeAsync<Channel>("MuteChannel", cancellationToken, channelId);

    /// <summary>Unmutes a channel for the user.</summary>
    /// <param name="channelId">The channel.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>The channel.</returns>
    public Task<Channel> UnmuteChannelAsync(long channelId, CancellationToken cancellationToken = default) =>
        InvokeAsync<Channel>("UnmuteChannel", cancellationToken, channelId);
}
