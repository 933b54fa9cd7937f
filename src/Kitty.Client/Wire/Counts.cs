namespace Kitty.Client.Wire;

/// <summary>The result of <c>CountUnreadChannels</c> and <c>CountUnreadMessages</c>: <c>{ count }</c>.</summary>
internal sealed record UnreadCount(long Count);

/// <summary>The result of <c>CheckChannelUnread</c>: <c>{ unread }</c>.</summary>
internal sealed record UnreadCheck(bool Unread);
