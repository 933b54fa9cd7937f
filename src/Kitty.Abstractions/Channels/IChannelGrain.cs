using Kitty.Abstractions.Messages;
using Kitty.Abstractions.Paging;
using Kitty.Abstractions.Users;

namespace Kitty.Abstractions.Channels;

/// <summary>
/// One channel, the single writer of everything in it: membership, moderators, invites and its messages,
/// which it orders by a gap-free <c>seq</c>, persists, and then announces. Keyed by channel id. Every
/// call names the caller's application; a channel of another application answers
/// <c>ResourceNotFoundError</c>.
/// </summary>
[Alias("kitty.channel")]
public interface IChannelGrain : IGrainWithIntegerKey
{
    /// <summary>Creates the channel with this grain's id.</summary>
    [Alias("create")]
    Task<Channel> Create(NewChannel channel);

    /// <summary>The channel.</summary>
    [ReadOnly, Alias("get")]
    Task<Channel> Get(long applicationId);

    /// <summary>Whether the user is a member (always false for a deleted or unknown channel).</summary>
    [ReadOnly, Alias("is-member")]
    Task<bool> IsMember(long applicationId, long userId);

    /// <summary>Applies a merge-patch.</summary>
    [Alias("update")]
    Task<Channel> Update(long applicationId, ChannelPatch patch);

    /// <summary>Deletes the channel, frees its name; its messages go with it.</summary>
    [Alias("delete")]
    Task Delete(long applicationId);

    /// <summary>Adds a member to a group channel; <c>InvalidOperationError</c> for direct channels.</summary>
    [Alias("add-member")]
    Task<Channel> AddMember(long applicationId, long userId);

    /// <summary>Removes a member (and their moderator role).</summary>
    [Alias("remove-member")]
    Task<Channel> RemoveMember(long applicationId, long userId);

    /// <summary>Makes a member a moderator of a group channel; returns the moderator.</summary>
    [Alias("add-moderator")]
    Task<ChatUser> AddModerator(long applicationId, long userId);

    /// <summary>Takes the moderator role away.</summary>
    [Alias("remove-moderator")]
    Task<Channel> RemoveModerator(long applicationId, long userId);

    /// <summary>Invites a user to a group channel.</summary>
    [Alias("invite")]
    Task<ChannelInvite> Invite(long applicationId, long userId);

    /// <summary>Orders, persists and returns a message (idempotent by <c>ClientMessageId</c>).</summary>
    [Alias("send-message")]
    Task<Message> SendMessage(SendMessage command);

    /// <summary>Edits a message of this channel.</summary>
    [Alias("update-message")]
    Task<Message> UpdateMessage(long applicationId, long messageId, MessagePatch patch);

    /// <summary>Deletes a message of this channel; returns the thread it was in.</summary>
    [Alias("delete-message")]
    Task<ReplyThread> DeleteMessage(long applicationId, long messageId);

    /// <summary>Sends a custom event to the channel's chat sessions.</summary>
    [Alias("trigger-event")]
    Task<ChannelEvent> TriggerEvent(long applicationId, long? userId, string type, string propertiesJson);

    /// <summary>Relays a member's keystrokes to the channel's chat sessions (typing indicators).</summary>
    [Alias("send-keystrokes")]
    Task<Keystrokes> SendKeystrokes(long applicationId, long userId, long? threadId, string keys);

    /// <summary>A user joins a public channel (<c>ChannelNotPubliclyJoinableError</c> otherwise).</summary>
    [Alias("join")]
    Task<Channel> Join(long applicationId, long userId);

    /// <summary>A member leaves a group channel.</summary>
    [Alias("leave")]
    Task<Channel> Leave(long applicationId, long userId);

    /// <summary>
    /// A member's connection enters the channel's live chat: from now on it gets the channel's events.
    /// The first chat session of a user announces <c>channel.participant.active</c>.
    /// </summary>
    [Alias("start-chat-session")]
    Task<Sessions.ChatSessionStart> StartChatSession(long applicationId, long userId, string connectionId, long userSessionId);

    /// <summary>Ends a connection's chat session here (no error when there is none).</summary>
    [Alias("end-chat-session")]
    Task EndChatSession(long applicationId, string connectionId);

    /// <summary>Tells the channel's chat sessions that a member's presence changed.</summary>
    [OneWay, Alias("announce-presence")]
    Task AnnouncePresence(ChatUser member);

    /// <summary>The members with an active chat session in the channel.</summary>
    [ReadOnly, Alias("list-participants")]
    Task<Page<ChatUser>> ListParticipants(long applicationId, PageRequest page);

    /// <summary>A member mutes (or unmutes) the channel: their notifications from it are marked muted.</summary>
    [Alias("mute")]
    Task<Channel> Mute(long applicationId, long userId, bool muted);

    /// <summary>
    /// Which of these users are members (none for a deleted or unknown channel): another channel asks when a
    /// message mentions this one. Reads state only, so it may interleave and two channels mentioning each
    /// other never wait on one another.
    /// </summary>
    [ReadOnly, AlwaysInterleave, Alias("select-members")]
    Task<IReadOnlyList<long>> SelectMembers(long applicationId, IReadOnlyList<long> userIds);

    /// <summary>A member read a message: stores the receipt, advances their read pointer, announces it.</summary>
    [Alias("read-message")]
    Task<ReadReceipt> ReadMessage(long applicationId, long userId, long messageId);

    /// <summary>A member read everything so far: the pointer moves to the newest message, which gets a receipt.</summary>
    [Alias("read-channel")]
    Task<Channel> ReadChannel(long applicationId, long userId);

    /// <summary>A member hides a direct channel until its next message (<c>user.channel.hidden</c>).</summary>
    [Alias("hide")]
    Task<Channel> Hide(long applicationId, long userId);

    /// <summary>Deletes a message for one member only: their listings leave it out.</summary>
    [Alias("delete-message-for-member")]
    Task<Message> DeleteMessageForMember(long applicationId, long userId, long messageId);

    /// <summary>A member reacts to a message with an emoji (idempotent); returns the reaction.</summary>
    [Alias("react")]
    Task<Reaction> React(long applicationId, long userId, long messageId, string emoji);

    /// <summary>A member takes their reaction back; <c>ResourceNotFoundError</c> when there is none.</summary>
    [Alias("remove-reaction")]
    Task<Reaction> RemoveReaction(long applicationId, long userId, long messageId, string emoji);

    /// <summary>A member creates a STANDALONE thread in the channel.</summary>
    [Alias("create-thread")]
    Task<ReplyThread> CreateThread(long applicationId, long userId, string name, string propertiesJson);
}
