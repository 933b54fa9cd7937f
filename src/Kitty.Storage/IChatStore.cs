using Kitty.Abstractions.Channels;
using Kitty.Abstractions.Files;
using Kitty.Abstractions.Functions;
using Kitty.Abstractions.Messages;
using Kitty.Abstractions.Notifications;
using Kitty.Abstractions.Paging;
using Kitty.Abstractions.Sessions;
using Kitty.Abstractions.Users;

namespace Kitty.Storage;

/// <summary>
/// The chat store: the message log (per-channel gap-free <c>seq</c>) and the query indexes that listings
/// need. Grains are its only writers, each for its own entity; directories read it. Every method scopes
/// by application: rows of another application are invisible. Writes are durable when the task completes.
/// Listings of users, channels, members and the like sort by the requested keys and then by id, so offset
/// pages are stable; cursor listings are newest first by id and never skip or repeat an item.
/// </summary>
public interface IChatStore
{
    // Users: the projection of each user grain's profile.
    Task UpsertUser(ChatUser user);
    Task DeleteUser(long applicationId, long userId);
    Task<ChatUser?> GetUser(long applicationId, long userId);
    Task<long?> FindUserId(long applicationId, string name);
    Task<Page<ChatUser>> ListUsers(long applicationId, UserQuery query, PageRequest page);

    // Channels, memberships, moderators, invites: the projection of each channel grain.
    Task UpsertChannel(ChannelRecord channel);
    /// <summary>Deletes the channel with its memberships, moderators, invites, threads and messages.</summary>
    Task DeleteChannel(long applicationId, long channelId);
    /// <summary>The channel with its creator, direct members (DIRECT only) and last main-thread message.</summary>
    Task<Channel?> GetChannel(long applicationId, long channelId);
    Task<Page<Channel>> ListChannels(long applicationId, ChannelQuery query, PageRequest page);
    /// <summary>Channels the user created or is a member of.</summary>
    Task<Page<Channel>> ListUserChannels(long applicationId, long userId, PageRequest page);
    /// <summary>The channels one user sees (see <see cref="UserChannelQuery"/>), newest first.</summary>
    Task<Page<Channel>> ListChannelsForUser(long applicationId, UserChannelQuery query, PageRequest page);
    /// <summary>Idempotent: adding a member twice keeps the first membership time.</summary>
    Task AddMember(long applicationId, long channelId, long userId, DateTimeOffset time);
    /// <summary>Removes the membership with the member's read pointer and hidden mark there.</summary>
    Task RemoveMember(long applicationId, long channelId, long userId);
    Task<Page<ChatUser>> ListMembers(long applicationId, long channelId, PageRequest page);
    Task<Page<ChannelMembership>> ListMemberships(long applicationId, long channelId, PageRequest page);
    Task AddModerator(long applicationId, long channelId, long userId, DateTimeOffset time);
    Task RemoveModerator(long applicationId, long channelId, long userId);
    Task<Page<ChatUser>> ListModerators(long applicationId, long channelId, PageRequest page);
    Task AddInvite(long applicationId, long channelId, long userId, DateTimeOffset time);
    Task RemoveInvite(long applicationId, long channelId, long userId);
    Task<Page<ChannelInvite>> ListInvites(long applicationId, long channelId, PageRequest page);

    // Threads.
    Task CreateThread(ReplyThread thread);
    Task<ReplyThread?> GetThread(long applicationId, long threadId);
    /// <summary>The MESSAGE thread holding the replies to a message, if any reply was sent.</summary>
    Task<ReplyThread?> FindMessageThread(long applicationId, long parentMessageId);

    // The message log.
    /// <summary>The highest <c>seq</c> of the channel (deleted messages included), 0 when it has none.</summary>
    Task<long> GetLastSeq(long channelId);
    /// <summary>
    /// Appends a message (its <c>User</c> is ignored; <c>UserId</c> is stored). The (channel, seq) pair is
    /// unique: appending a taken seq throws <see cref="SeqConflictException"/> and stores nothing. A reply
    /// (<c>ParentMessageId</c>) increments the parent's replies count in the same transaction.
    /// <paramref name="clientMessageId"/>, when given, is remembered per (channel, sender).
    /// </summary>
    Task AppendMessage(Message message, string? clientMessageId);
    /// <summary>
    /// Appends several messages of one channel in one transaction, all or none: one taken seq among them throws
    /// <see cref="SeqConflictException"/> and stores none of them.
    /// </summary>
    Task AppendMessages(IReadOnlyList<MessageAppend> messages);
    Task<Message?> FindByClientMessageId(long channelId, long? userId, string clientMessageId);
    /// <summary>The message with its sender joined; deleted messages are not found.</summary>
    Task<Message?> GetMessage(long applicationId, long messageId);
    Task UpdateMessage(long applicationId, long messageId, string? body, DateTimeOffset? lastEditedTime, string propertiesJson);
    /// <summary>
    /// Marks the message deleted: it keeps its seq (no gap) and leaves every listing; a reply no longer counts
    /// in its parent's replies count.
    /// </summary>
    Task DeleteMessage(long applicationId, long messageId);
    Task DeleteAllMessages(long applicationId);
    Task<CursorPage<Message>> ListMessages(long applicationId, MessageQuery query, CursorRequest cursor);
    /// <summary>Up to <paramref name="limit"/> non-deleted main-thread messages with seq above <paramref name="afterSeq"/>, by seq ascending.</summary>
    Task<IReadOnlyList<Message>> ListMessagesAfterSeq(long applicationId, long channelId, long afterSeq, int limit);
    /// <summary>The ACTIVE chat sessions of a channel (to rebuild a channel's participants after a restart).</summary>
    Task<IReadOnlyList<ChatSession>> ListActiveChatSessions(long applicationId, long channelId);
    /// <summary>Creates or replaces a user session row.</summary>
    Task UpsertUserSession(UserSession session);
    /// <summary>Creates or replaces a chat session row.</summary>
    Task UpsertChatSession(ChatSession session);
    /// <summary>The ids of the channels a user is a member of.</summary>
    Task<IReadOnlyList<long>> ListMemberChannelIds(long applicationId, long userId);
    /// <summary>Up to <paramref name="limit"/> distinct users sharing a channel with the user (not the user), in no set order.</summary>
    Task<IReadOnlyList<long>> ListContactIds(long applicationId, long userId, int limit);
    /// <summary>Idempotent: the first read time is kept.</summary>
    Task AddReadReceipt(long applicationId, long messageId, long userId, DateTimeOffset time);
    Task<Page<ReadReceipt>> ListReadReceipts(long applicationId, long messageId, PageRequest page);

    // Read pointers, reactions, per-user hiding and blocks: projections of channel and user grains.
    /// <summary>Sets a member's read pointer (the highest seq they read) in a channel.</summary>
    Task SetReadPointer(long applicationId, long channelId, long userId, long seq);
    /// <summary>Unread main-thread messages of the user's channels (or one of them): after their pointer, sent by others, not hidden for them.</summary>
    Task<long> CountUnreadMessages(long applicationId, long userId, long? channelId);
    /// <summary>How many of the user's channels have an unread message.</summary>
    Task<long> CountUnreadChannels(long applicationId, long userId);
    /// <summary>Adds a reaction and refreshes the message's summary; false when the user already reacted so.</summary>
    Task<bool> AddReaction(long applicationId, long messageId, long userId, string emoji, DateTimeOffset time);
    /// <summary>Removes a reaction and refreshes the message's summary; the removed reaction, or null when there was none.</summary>
    Task<Reaction?> RemoveReaction(long applicationId, long messageId, long userId, string emoji);
    Task<Reaction?> FindReaction(long applicationId, long messageId, long userId, string emoji);
    Task<Page<Reaction>> ListReactions(long applicationId, long messageId, PageRequest page);
    /// <summary>The STANDALONE threads of a channel, oldest first.</summary>
    Task<Page<ReplyThread>> ListThreads(long applicationId, long channelId, PageRequest page);
    /// <summary>Hides a message from one user's listings (idempotent).</summary>
    Task HideMessage(long applicationId, long messageId, long userId, DateTimeOffset time);
    /// <summary>Hides a direct channel from one member's channel listing (idempotent).</summary>
    Task HideChannel(long applicationId, long channelId, long userId, DateTimeOffset time);
    /// <summary>Shows the channel again to every member who hid it.</summary>
    Task UnhideChannel(long applicationId, long channelId);
    Task AddUserBlock(long applicationId, long userId, long blockedUserId, DateTimeOffset time);
    Task RemoveUserBlock(long applicationId, long userId, long blockedUserId);
    /// <summary>Which of <paramref name="candidateIds"/> blocked <paramref name="userId"/>: one query, whatever their number.</summary>
    Task<IReadOnlyList<long>> ListUsersBlocking(long applicationId, long userId, IReadOnlyCollection<long> candidateIds);
    /// <summary>The users a user blocked, most recent first.</summary>
    Task<Page<BlockedUser>> ListUserBlocks(long applicationId, long userId, PageRequest page);

    // Hosted files.
    Task SaveFile(long applicationId, long fileId, string accessToken, string name, string contentType, byte[] content, DateTimeOffset time);
    Task<HostedFile?> OpenFile(long applicationId, long fileId, string accessToken);

    // Notifications and sessions (written by the realtime engine).
    Task<CursorPage<Notification>> ListNotifications(long applicationId, long userId, CursorRequest cursor);
    /// <summary>Stores new notifications, all or none (one transaction).</summary>
    Task InsertNotifications(IReadOnlyList<Notification> notifications);
    /// <summary>Marks the user's own notification read (the first read time is kept); null when it is not theirs.</summary>
    Task<Notification?> MarkNotificationRead(long applicationId, long userId, long notificationId, DateTimeOffset time);
    Task<Page<UserSession>> ListUserSessions(long applicationId, SessionState? state, PageRequest page);
    Task<Page<ChatSession>> ListChatSessions(long applicationId, SessionState? state, PageRequest page);

    // Chat functions: the projection of each function grain, its versions and its invocations.
    Task UpsertFunction(ChatFunction function);
    /// <summary>The application's functions, oldest first unless sorted; each shows <paramref name="runtime"/>.</summary>
    Task<Page<ChatFunction>> ListFunctions(long applicationId, ChatFunctionRuntime runtime, PageRequest page);
    /// <summary>The oldest enabled function of the trigger with a deployed version, or null.</summary>
    Task<long?> FindFunctionByTrigger(long applicationId, string trigger);
    /// <summary>Stores a version; a version of the same number replaces an earlier (unacknowledged) one.</summary>
    Task SaveFunctionVersion(ChatFunctionVersion version);
    Task<ChatFunctionVersion?> GetFunctionVersion(long applicationId, long versionId);
    /// <summary>A function's versions, newest first unless sorted.</summary>
    Task<Page<ChatFunctionVersion>> ListFunctionVersions(long applicationId, long functionId, PageRequest page);
    /// <summary>Stores an invocation, or updates its result, status, logs and duration when it exists.</summary>
    Task UpsertFunctionInvocation(ChatFunctionInvocation invocation);
    /// <summary>Upserts invocations in one transaction, in order (a later record of the same id wins).</summary>
    Task UpsertFunctionInvocations(IReadOnlyList<ChatFunctionInvocation> invocations);
    /// <summary>A function's invocations, newest first unless sorted.</summary>
    Task<Page<ChatFunctionInvocation>> ListFunctionInvocations(long applicationId, long functionId, PageRequest page);
}
