using System.Text.Json;
using Kitty.Client.Events;
using Kitty.Client.Models;

namespace Kitty.Client;

public sealed partial class KittyClient
{
    /// <summary>Every event delivered, raw, before its typed event (caught-up messages come as <c>channel.message.created</c>).</summary>
    public event EventHandler<KittyEvent>? EventReceived;

    /// <summary>A new message in a channel with a chat session (<c>channel.message.created</c>): in seq order, once each.</summary>
    public event EventHandler<KittyEventArgs<Message>>? MessageReceived;

    /// <summary>A new message in the thread a chat session is set to (<c>thread.message.created</c>).</summary>
    public event EventHandler<KittyEventArgs<Message>>? ThreadMessageReceived;

    /// <summary>A message was edited or its properties or counts changed (<c>channel.message.updated</c>).</summary>
    public event EventHandler<KittyEventArgs<Message>>? MessageUpdated;

    /// <summary>A message was deleted (<c>channel.message.deleted</c>).</summary>
    public event EventHandler<KittyEventArgs<Message>>? MessageDeleted;

    /// <summary>Another user's keystrokes (<c>thread.keystrokes.created</c>).</summary>
    public event EventHandler<KittyEventArgs<Keystrokes>>? KeystrokesReceived;

    /// <summary>A user started typing: <c>thread.typing.started</c> (chat session) or <c>participant.typing.started</c> (member channel without one).</summary>
    public event EventHandler<KittyEventArgs<User>>? TypingStarted;

    /// <summary>A user stopped typing: <c>thread.typing.stopped</c> or <c>participant.typing.stopped</c>.</summary>
    public event EventHandler<KittyEventArgs<User>>? TypingStopped;

    /// <summary>A user started a chat session in the channel (<c>channel.participant.active</c>).</summary>
    public event EventHandler<KittyEventArgs<User>>? ParticipantActive;

    /// <summary>A user's last chat session in the channel ended (<c>channel.participant.inactive</c>).</summary>
    public event EventHandler<KittyEventArgs<User>>? ParticipantInactive;

    /// <summary>A user's presence changed: <c>participant.presence.changed</c> (channel) or <c>contact.presence.changed</c> (contact).</summary>
    public event EventHandler<KittyEventArgs<User>>? PresenceChanged;

    /// <summary>A contact's profile changed (<c>contact.user.updated</c>).</summary>
    public event EventHandler<KittyEventArgs<User>>? UserUpdated;

    /// <summary>The current user changed on another connection (<c>user.self.updated</c>).</summary>
    public event EventHandler<KittyEventArgs<CurrentUser>>? CurrentUserUpdated;

    /// <summary>A user joined the channel (<c>channel.member.joined</c>).</summary>
    public event EventHandler<KittyEventArgs<User>>? MemberJoined;

    /// <summary>A user left the channel (<c>channel.member.left</c>).</summary>
    public event EventHandler<KittyEventArgs<User>>? MemberLeft;

    /// <summary>A channel changed: <c>channel.self.updated</c> (chat session) or <c>user.channel.updated</c> (member); <see cref="KittyEventArgs{T}.Type"/> tells which.</summary>
    public event EventHandler<KittyEventArgs<Channel>>? ChannelUpdated;

    /// <summary>A channel was deleted: <c>channel.self.deleted</c> or <c>user.channel.deleted</c>.</summary>
    public event EventHandler<KittyEventArgs<Channel>>? ChannelDeleted;

    /// <summary>The user joined, was added to or was invited to a channel (<c>user.channel.joined</c>).</summary>
    public event EventHandler<KittyEventArgs<Channel>>? ChannelJoined;

    /// <summary>The user left a channel (<c>me.channel.left</c>).</summary>
    public event EventHandler<KittyEventArgs<Channel>>? ChannelLeft;

    /// <summary>A custom channel event (<c>channel.event.triggered</c>).</summary>
    public event EventHandler<KittyEventArgs<ChannelEvent>>? EventTriggered;

    /// <summary>Someone read a message (<c>message.read_receipt.created</c>); the receipt carries the message when the server sends it.</summary>
    public event EventHandler<KittyEventArgs<ReadReceipt>>? ReadReceiptCreated;

    /// <summary>Someone reacted to a message (<c>message.reaction.created</c>); <see cref="Reaction.Message"/> is the message reacted to.</summary>
    public event EventHandler<KittyEventArgs<Reaction>>? ReactionCreated;

    /// <summary>Someone took a reaction back (<c>message.reaction.removed</c>); <see cref="Reaction.Message"/> is the message.</summary>
    public event EventHandler<KittyEventArgs<Reaction>>? ReactionRemoved;

    /// <summary>The user hid a direct channel, on any of their connections (<c>user.channel.hidden</c>).</summary>
    public event EventHandler<KittyEventArgs<Channel>>? ChannelHidden;

    /// <summary>A new message brought a channel the user hid back (<c>user.channel.unhidden</c>).</summary>
    public event EventHandler<KittyEventArgs<Channel>>? ChannelUnhidden;

    /// <summary>The user got a notification (<c>user.notification.created</c>).</summary>
    public event EventHandler<KittyEventArgs<Notification>>? NotificationReceived;

    /// <summary>The connection was lost, restored or closed.</summary>
    public event EventHandler<KittyConnectionState>? ConnectionStateChanged;

    /// <summary>Something went wrong off any call: an event could not be decoded, a handler threw, or a catch-up failed.</summary>
    public event EventHandler<Exception>? DispatchFailed;

    private async Task HandleEnvelopeAsync(JsonElement raw)
    {
        var envelope = EventDecoder.ReadEnvelope(raw);
        var resource = EventDecoder.Decode(envelope);
        if (envelope.Type == KittyEventTypes.MessageCreated && resource is Message message)
        {
            var live = message.ChannelId == 0 && envelope.ChannelId is { } id ? message with { ChannelId = id } : message;
            foreach (var ready in await _sequencer.Received(live, CancellationToken.None))
            {
                Raise(ready.Id == live.Id && ready.Seq == live.Seq ? envelope : EventDecoder.ForCaughtUpMessage(ready), ready);
            }

            return;
        }

        Raise(envelope, resource);
    }

    private void DeliverCaughtUp(IEnumerable<Message> messages)
    {
        foreach (var message in messages) Raise(EventDecoder.ForCaughtUpMessage(message), message);
    }

    private void Raise(KittyEvent envelope, object? resource)
    {
        Safely(() => EventReceived?.Invoke(this, envelope));
        switch (envelope.Type, resource)
        {
            case (KittyEventTypes.MessageCreated, Message m): Fire(MessageReceived, envelope, m); break;
            case (KittyEventTypes.ThreadMessageCreated, Message m): Fire(ThreadMessageReceived, envelope, m); break;
            case (KittyEventTypes.MessageUpdated, Message m): Fire(MessageUpdated, envelope, m); break;
            case (KittyEventTypes.MessageDeleted, Message m): Fire(MessageDeleted, envelope, m); break;
            case (KittyEventTypes.KeystrokesCreated, Keystrokes k): Fire(KeystrokesReceived, envelope, k); break;
            case (KittyEventTypes.TypingStarted or KittyEventTypes.ParticipantTypingStarted, User u): Fire(TypingStarted, envelope, u); break;
            case (KittyEventTypes.TypingStopped or KittyEventTypes.ParticipantTypingStopped, User u): Fire(TypingStopped, envelope, u); break;
            case (KittyEventTypes.ParticipantActive, User u): Fire(ParticipantActive, envelope, u); break;
            case (KittyEventTypes.ParticipantInactive, User u): Fire(ParticipantInactive, envelope, u); break;
            case (KittyEventTypes.ParticipantPresenceChanged or KittyEventTypes.ContactPresenceChanged, User u): Fire(PresenceChanged, envelope, u); break;
            case (KittyEventTypes.ContactUpdated, User u): Fire(UserUpdated, envelope, u); break;
            case (KittyEventTypes.SelfUpdated, CurrentUser u): Fire(CurrentUserUpdated, envelope, u); break;
            case (KittyEventTypes.MemberJoined, User u): Fire(MemberJoined, envelope, u); break;
            case (KittyEventTypes.MemberLeft, User u): Fire(MemberLeft, envelope, u); break;
            case (KittyEventTypes.ChannelUpdated or KittyEventTypes.UserChannelUpdated, Channel c): Fire(ChannelUpdated, envelope, c); break;
            case (KittyEventTypes.ChannelDeleted or KittyEventTypes.UserChannelDeleted, Channel c): Fire(ChannelDeleted, envelope, c); break;
            case (KittyEventTypes.UserChannelJoined, Channel c): Fire(ChannelJoined, envelope, c); break;
            case (KittyEventTypes.UserChannelLeft, Channel c): Fire(ChannelLeft, envelope, c); break;
            case (KittyEventTypes.EventTriggered, ChannelEvent e): Fire(EventTriggered, envelope, e); break;
            case (KittyEventTypes.ReadReceiptCreated, ReadReceipt r): Fire(ReadReceiptCreated, envelope, r); break;
            case (KittyEventTypes.NotificationCreated, Notification n): Fire(NotificationReceived, envelope, n); break;
            case (KittyEventTypes.ReactionCreated, Reaction r): Fire(ReactionCreated, envelope, r); break;
            case (KittyEventTypes.ReactionRemoved, Reaction r): Fire(ReactionRemoved, envelope, r); break;
            case (KittyEventTypes.UserChannelHidden, Channel c): Fire(ChannelHidden, envelope, c); break;
            case (KittyEventTypes.UserChannelUnhidden, Channel c): Fire(ChannelUnhidden, envelope, c); break;
        }
    }

    private void Fire<T>(EventHandler<KittyEventArgs<T>>? handler, KittyEvent envelope, T resource)
    {
        if (handler is null) return;
        var args = new KittyEventArgs<T>(envelope, resource);
        Safely(() => handler(this, args));
    }

    private void Safely(Action raise)
    {
        try
        {
            raise();
        }
        catch (Exception e)
        {
            Report(e);
        }
    }
}
