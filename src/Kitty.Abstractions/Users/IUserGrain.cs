using Kitty.Abstractions.Messages;

namespace Kitty.Abstractions.Users;

/// <summary>
/// One user: profile, secrets and (with live sessions) presence. Keyed by user id. Every call names the
/// caller's application; a user of another application answers <c>ResourceNotFoundError</c>.
/// </summary>
[Alias("kitty.user")]
public interface IUserGrain : IGrainWithIntegerKey
{
    /// <summary>Creates the user with this grain's id. The caller has claimed the user name.</summary>
    [Alias("create")]
    Task<ChatUser> Create(CreateUser command);

    /// <summary>
    /// The user as others see them (an INVISIBLE user shows as offline). Always interleaves: it only reads,
    /// and grains that this user grain calls (channels ending chat sessions) call it back.
    /// </summary>
    [AlwaysInterleave, Alias("get")]
    Task<ChatUser> Get(long applicationId);

    /// <summary>The user as they see themselves, with their own presence status.</summary>
    [ReadOnly, Alias("get-current-user")]
    Task<ChatUser> GetCurrentUser(long applicationId);

    /// <summary>
    /// A connection of the user opened: starts a user session (durable, ACTIVE) holding a lease that the
    /// node renews; the user is online while at least one lease lives.
    /// </summary>
    [Alias("connect")]
    Task<Sessions.UserSession> Connect(long applicationId, Sessions.UserConnection connection);

    /// <summary>
    /// A connection closed: ends its user session. Returns the channels where that connection had chat
    /// sessions, which the caller ends.
    /// </summary>
    [Alias("disconnect")]
    Task<IReadOnlyList<long>> Disconnect(long applicationId, string connectionId);

    /// <summary>Renews the leases of a node's connections; returns the ids this user does not know (closed).</summary>
    [Alias("renew-leases")]
    Task<IReadOnlyList<string>> RenewLeases(string nodeId, IReadOnlyList<string> connectionIds);

    /// <summary>Remembers that a connection has a chat session in a channel (ended with the connection).</summary>
    [Alias("attach-chat-session")]
    Task AttachChatSession(string connectionId, long channelId);

    /// <summary>Forgets a connection's chat session in a channel.</summary>
    [Alias("detach-chat-session")]
    Task DetachChatSession(string connectionId, long channelId);

    /// <summary>
    /// Sets the presence status the user chose (AVAILABLE, DO_NOT_DISTURB, INVISIBLE...). A change others see
    /// goes to the user's contacts; <c>user.self.updated</c> goes to every connection but <paramref name="connectionId"/>.
    /// </summary>
    [Alias("update-presence")]
    Task<ChatUser> UpdatePresence(long applicationId, string status, string? connectionId = null);

    /// <summary>
    /// Applies a merge-patch to the profile; contacts hear of it, and the user's connections but
    /// <paramref name="connectionId"/> (the caller's, if any).
    /// </summary>
    [Alias("update")]
    Task<ChatUser> Update(long applicationId, UserPatch patch, string? connectionId = null);

    /// <summary>Deletes the user and frees the name. Their messages stay, shown without a live profile.</summary>
    [Alias("delete")]
    Task Delete(long applicationId);

    /// <summary>Sets the display picture to a file (external or hosted); told as <see cref="Update"/> tells.</summary>
    [Alias("set-display-picture")]
    Task<ChatUser> SetDisplayPicture(long applicationId, FileProperties picture, string? connectionId = null);

    /// <summary>A secret's JSON value, or <c>ResourceNotFoundError</c>.</summary>
    [ReadOnly, Alias("get-secret")]
    Task<string> GetSecret(long applicationId, string name);

    /// <summary>Sets a secret to a JSON value.</summary>
    [Alias("set-secret")]
    Task<ChatUser> SetSecret(long applicationId, string name, string secretJson);

    /// <summary>Removes a secret (no error when absent).</summary>
    [Alias("remove-secret")]
    Task<ChatUser> RemoveSecret(long applicationId, string name);

    /// <summary>Marks one of this user's notifications read (the first read time stays); <c>ResourceNotFoundError</c> for any other.</summary>
    [Alias("read-notification")]
    Task<Notifications.Notification> ReadNotification(long applicationId, long notificationId);

    /// <summary>Blocks another user (idempotent): their messages leave this user's listings and they cannot open a direct channel with them.</summary>
    [Alias("block")]
    Task<BlockedUser> Block(long applicationId, long userId);

    /// <summary>Unblocks a user (no error when not blocked); returns that user.</summary>
    [Alias("unblock")]
    Task<ChatUser> Unblock(long applicationId, long userId);

    /// <summary>Whether this user blocked that one.</summary>
    [ReadOnly, Alias("has-blocked")]
    Task<bool> HasBlocked(long applicationId, long userId);

    /// <summary>The users this user blocked, most recent first.</summary>
    [ReadOnly, Alias("list-blocked")]
    Task<Paging.Page<BlockedUser>> ListBlocked(long applicationId, Paging.PageRequest page);
}
