namespace Kitty.Client.Events;

/// <summary>The wire names of server events (realtime protocol §2.2).</summary>
public static class KittyEventTypes
{
    /// <summary>A message in the channel's main thread (carries seq).</summary>
    public const string MessageCreated = "channel.message.created";
    /// <summary>A message was edited, or its properties or counts changed.</summary>
    public const string MessageUpdated = "channel.message.updated";
    /// <summary>A message was deleted.</summary>
    public const string MessageDeleted = "channel.message.deleted";
    /// <summary>A message in the thread the chat session is set to.</summary>
    public const string ThreadMessageCreated = "thread.message.created";
    /// <summary>Another user's keystrokes.</summary>
    public const string KeystrokesCreated = "thread.keystrokes.created";
    /// <summary>A user started typing (in a channel with a chat session).</summary>
    public const string TypingStarted = "thread.typing.started";
    /// <summary>A user stopped typing (in a channel with a chat session).</summary>
    public const string TypingStopped = "thread.typing.stopped";
    /// <summary>A user started a chat session in the channel.</summary>
    public const string ParticipantActive = "channel.participant.active";
    /// <summary>A user's last chat session in the channel ended.</summary>
    public const string ParticipantInactive = "channel.participant.inactive";
    /// <summary>A member's presence changed.</summary>
    public const string ParticipantPresenceChanged = "participant.presence.changed";
    /// <summary>A user joined the channel.</summary>
    public const string MemberJoined = "channel.member.joined";
    /// <summary>A user left the channel.</summary>
    public const string MemberLeft = "channel.member.left";
    /// <summary>The channel changed.</summary>
    public const string ChannelUpdated = "channel.self.updated";
    /// <summary>The channel was deleted.</summary>
    public const string ChannelDeleted = "channel.self.deleted";
    /// <summary>A custom channel event.</summary>
    public const string EventTriggered = "channel.event.triggered";
    /// <summary>Someone read a message.</summary>
    public const string ReadReceiptCreated = "message.read_receipt.created";
    /// <summary>Someone reacted to a message (the envelope carries the message).</summary>
    public const string ReactionCreated = "message.reaction.created";
    /// <summary>Someone took a reaction back (the envelope carries the message).</summary>
    public const string ReactionRemoved = "message.reaction.removed";
    /// <summary>The user joined or was added to a channel.</summary>
    public const string UserChannelJoined = "user.channel.joined";
    /// <summary>The user left a channel.</summary>
    public const string UserChannelLeft = "me.channel.left";
    /// <summary>A channel of the user changed.</summary>
    public const string UserChannelUpdated = "user.channel.updated";
    /// <summary>A channel of the user was deleted.</summary>
    public const string UserChannelDeleted = "user.channel.deleted";
    /// <summary>The user hid a direct channel.</summary>
    public const string UserChannelHidden = "user.channel.hidden";
    /// <summary>A new message brought a channel the user hid back.</summary>
    public const string UserChannelUnhidden = "user.channel.unhidden";
    /// <summary>The user got a notification.</summary>
    public const string NotificationCreated = "user.notification.created";
    /// <summary>The current user changed (seen by the user's other connections).</summary>
    public const string SelfUpdated = "user.self.updated";
    /// <summary>A contact's presence changed.</summary>
    public const string ContactPresenceChanged = "contact.presence.changed";
    /// <summary>A contact's profile changed.</summary>
    public const string ContactUpdated = "contact.user.updated";
    /// <summary>A member of a channel without a chat session there started typing.</summary>
    public const string ParticipantTypingStarted = "participant.typing.started";
    /// <summary>… and stopped.</summary>
    public const string ParticipantTypingStopped = "participant.typing.stopped";
}
