using Kitty.Abstractions.Paging;

namespace Kitty.Abstractions.Messages;

/// <summary>
/// An application's messages and threads as collections: look-ups and cursor listings. Writes go to the
/// message's channel grain. A stateless worker keyed by application id.
/// </summary>
[Alias("kitty.message-directory")]
public interface IMessageDirectoryGrain : IGrainWithIntegerKey
{
    /// <summary>The message, or <c>ResourceNotFoundError</c>.</summary>
    [ReadOnly, Alias("get-message")]
    Task<Message> GetMessage(long messageId);

    /// <summary>A newest-first page of messages.</summary>
    [ReadOnly, Alias("list-messages")]
    Task<CursorPage<Message>> ListMessages(MessageQuery query, CursorRequest cursor);

    /// <summary>
    /// Catch-up: up to <paramref name="size"/> messages of a channel's main thread with a seq greater than
    /// <paramref name="afterSeq"/>, oldest first. Deleted messages are left out.
    /// </summary>
    [ReadOnly, Alias("list-messages-after-seq")]
    Task<IReadOnlyList<Message>> ListMessagesAfterSeq(long channelId, long afterSeq, int size);

    /// <summary>The thread, or <c>ResourceNotFoundError</c>.</summary>
    [ReadOnly, Alias("get-thread")]
    Task<ReplyThread> GetThread(long threadId);

    /// <summary>The MESSAGE thread of a message's replies, or null when it has none; <c>ResourceNotFoundError</c> for no such message.</summary>
    [ReadOnly, Alias("find-reply-thread")]
    Task<ReplyThread?> FindReplyThread(long messageId);

    /// <summary>Who read the message, oldest first.</summary>
    [ReadOnly, Alias("list-read-receipts")]
    Task<Paging.Page<ReadReceipt>> ListReadReceipts(long messageId, PageRequest page);

    /// <summary>The reactions to a message, oldest first.</summary>
    [ReadOnly, Alias("list-reactions")]
    Task<Paging.Page<Reaction>> ListReactions(long messageId, PageRequest page);

    /// <summary>The STANDALONE threads of a channel, oldest first.</summary>
    [ReadOnly, Alias("list-threads")]
    Task<Paging.Page<ReplyThread>> ListThreads(long channelId, PageRequest page);

    /// <summary>
    /// Main-thread messages after the user's read pointer that others sent (not deleted for them, not from users
    /// they blocked), in one member channel or in all of them.
    /// </summary>
    [ReadOnly, Alias("count-unread-messages")]
    Task<long> CountUnreadMessages(long userId, long? channelId);

    /// <summary>How many of the user's channels have unread messages.</summary>
    [ReadOnly, Alias("count-unread-channels")]
    Task<long> CountUnreadChannels(long userId);

    /// <summary>Deletes every message of the application.</summary>
    [Alias("delete-all-messages")]
    Task DeleteAllMessages();
}
