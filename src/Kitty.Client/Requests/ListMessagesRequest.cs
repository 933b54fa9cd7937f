namespace Kitty.Client.Requests;

/// <summary>Which messages to list (newest first): a channel's, a thread's or a message's replies.</summary>
/// <param name="ChannelId">Messages of this channel's main thread.</param>
/// <param name="ThreadId">Messages of this thread.</param>
/// <param name="ReplyToMessageId">Replies to this message.</param>
/// <param name="Page">Which page.</param>
public sealed record ListMessagesRequest(
    long? ChannelId = null,
    long? ThreadId = null,
    long? ReplyToMessageId = null,
    PageRequest? Page = null);
