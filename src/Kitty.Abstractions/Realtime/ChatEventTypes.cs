namespace Kitty.Abstractions.Realtime;

/// <summary>The wire names of realtime events (realtime-protocol.md §2.2), in one place.</summary>
public static class ChatEventTypes
{
    /// <summary>A message was sent to the channel's main thread (carries seq).</summary>
    public const string MessageCreated = "channel.message.created";
    /// <summary>A message was edited or its properties or counts changed.</summary>
    public const string MessageUpdated = "channel.message.updated";
    /// <summary>A message was deleted for everyone.</summary>
    public const string MessageDeleted = "channel.message.deleted";
    /// <summary>A message was sent to a thread other than the main one.</summary>
    public const string ThreadMessageCreated = "thread.message.created";
    /// <summary>A member's keystrokes.</summary>
    public const string KeystrokesCreated = "thread.keystrokes.created";
    /// <summary>A member started typing.</summary>
    public const string TypingStarted = "thread.typing.started";
    /// <summary>A member stopped typing.</summary>
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
    /// <summary>The channel itself changed.</summary>
    public const string ChannelUpdated = "channel.self.updated";
    /// <summary>The channel was deleted.</summary>
    public const string ChannelDeleted = "channel.self.deleted";
    /// <summary>A custom channel event.</summary>
    public const string EventTriggered = "channel.event.triggered";
    /// <summary>Someone read a message.</summary>
    public const string ReadReceiptCreated = "message.read_receipt.created";
    /// <summary>Someone reacted to a message.</summary>
    public const string ReactionCreated = "message.reaction.created";
    /// <summary>Someone took a reaction back.</summary>
    public const string ReactionRemoved = "message.reaction.removed";

    /// <summary>The user joined (or was added to, or invited to) a channel.</summary>
    public const string UserChannelJoined = "user.channel.joined";
    /// <summary>The user left a channel.</summary>
    public const string UserChannelLeft = "me.channel.left";
    /// <summary>A channel of the user changed.</summary>
    public const string UserChannelUpdated = "user.channel.updated";
    /// <summary>A channel of the user was deleted.</summary>
    public const string UserChannelDeleted = "user.channel.deleted";
    /// <summary>The user hid a direct channel.</summary>
    public const string UserChannelHidden = "user.channel.hidden";
    /// <summary>A new message brought a hidden channel back.</summary>
    public const string UserChannelUnhidden = "user.channel.unhidden";
    /// <summary>The user got a notification.</summary>
    public const string NotificationCreated = "user.notification.created";
    /// <summary>The user's own profile changed (to the user's other connections).</summary>
    public const string SelfUpdated = "user.self.updated";
    /// <summary>A member of a channel without a chat session there started typing.</summary>
    public const string ParticipantTypingStarted = "participant.typing.started";
    /// <summary>... and stopped.</summary>
    public const string ParticipantTypingStopped = "participant.typing.stopped";
    /// <summary>A user sharing a channel with this one went online or offline, or changed status (as others see it).</summary>
    public const string ContactPresenceChanged = "contact.presence.changed";
    /// <summary>A user sharing a channel with this one changed their profile.</summary>
    public const string ContactUserUpdated = "contact.user.updated";
}
