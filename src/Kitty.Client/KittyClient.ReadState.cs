using Kitty.Client.Models;
using Kitty.Client.Requests;
using Kitty.Client.Wire;

namespace Kitty.Client;

public sealed partial class KittyClient
{
    /// <summary>
    /// Marks a message read: the channel's chat sessions and the message's author get
    /// <c>message.read_receipt.created</c> (<see cref="ReadReceiptCreated"/>).
    /// </summary>
    /// <param name="messageId">The message.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>The message.</returns>
    public Task<Message> ReadMessageAsync(long messageId, CancellationToken cancellationToken = default) =>
        InvokeAsync<Message>("ReadMessage", cancellationToken, messageId);

    /// <summary>Marks everything in a channel read so far; its newest message gets a read receipt.</summary>
    /// <param name="channelId">The channel.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>The channel.</returns>
    public Task<Channel> ReadChannelAsync(long channelId, CancellationToken cancellationToken = default) =>
        InvokeAsync<Channel>("ReadChannel", cancellationToken, channelId);

    /// <summary>Lists who read a message, first reader first.</summary>
    /// <param name="messageId">The message.</param>
    /// <param name="page">Which page (cursors are page numbers).</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    public Task<Page<ReadReceipt>> ListReadReceiptsAsync(long messageId, PageRequest? page = null, CancellationToken cancellationToken = default) =>
        InvokeAsync<Page<ReadReceipt>>("ListReadReceipts", cancellationToken, messageId, page);

    /// <summary>Whether a channel has messages the user has not read.</summary>
    /// <param name="channelId">The channel.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    public async Task<bool> CheckChannelUnreadAsync(long channelId, CancellationToken cancellationToken = default) =>
        (await InvokeAsync<UnreadCheck>("CheckChannelUnread", cancellationToken, channelId)).Unread;

    /// <summary>How many of the user's channels have unread messages.</summary>
    /// <param name="cancellationToken">Cancels the call.</param>
    public async Task<long> CountUnreadChannelsAsync(CancellationToken cancellationToken = default) =>
        (await InvokeAsync<UnreadCount>("CountUnreadChannels", cancellationToken)).Count;

    /// <summary>How many messages the user has not read, in one channel or (null) in all of their channels.</summary>
    /// <param name="channelId">The channel, or null for all of the user's channels.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    public async Task<long> CountUnreadMessagesAsync(long? channelId = null, CancellationToken cancellationToken = default) =>
        (await InvokeAsync<UnreadCount>("CountUnreadMessages", cancellationToken, channelId)).Count;

    /// <summary>
    /// Hides a direct channel from the user until a new message arrives there: <c>user.channel.hidden</c>
    /// (<see cref="ChannelHidden"/>), later <c>user.channel.unhidden</c> (<see cref="ChannelUnhidden"/>).
    /// </summary>
    /// <param name="channelId">The direct channel (other types: <c>InvalidOperationError</c>).</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>The channel.</returns>
    public Task<Channel> HideChannelAsync(long channelId, CancellationToken cancellationToken = default) =>
        InvokeAsync<Channel>("HideChannel", cancellationToken, channelId);

    /// <summary>Deletes a message for the user only: it leaves their listings, others still see it.</summary>
    /// <param name="messageId">The message.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>The message.</returns>
    public Task<Message> DeleteMessageForMeAsync(long messageId, CancellationToken cancellationToken = default) =>
        InvokeAsync<Message>("DeleteMessageForMe", cancellationToken, messageId);
}
