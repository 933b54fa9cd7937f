using System.Text.Json;
using Kitty.Client.Models;
using Kitty.Client.Wire;

namespace Kitty.Client.Events;

/// <summary>Decodes the resource of an envelope into the model its event type names.</summary>
internal static class EventDecoder
{
    private static readonly Dictionary<string, Type> ResourceTypes = new(StringComparer.Ordinal)
    {
        [KittyEventTypes.MessageCreated] = typeof(Message),
        [KittyEventTypes.MessageUpdated] = typeof(Message),
        [KittyEventTypes.MessageDeleted] = typeof(Message),
        [KittyEventTypes.ThreadMessageCreated] = typeof(Message),
        [KittyEventTypes.KeystrokesCreated] = typeof(Keystrokes),
        [KittyEventTypes.TypingStarted] = typeof(User),
        [KittyEventTypes.TypingStopped] = typeof(User),
        [KittyEventTypes.ParticipantTypingStarted] = typeof(User),
        [KittyEventTypes.ParticipantTypingStopped] = typeof(User),
        [KittyEventTypes.ParticipantActive] = typeof(User),
        [KittyEventTypes.ParticipantInactive] = typeof(User),
        [KittyEventTypes.ParticipantPresenceChanged] = typeof(User),
        [KittyEventTypes.ContactPresenceChanged] = typeof(User),
        [KittyEventTypes.ContactUpdated] = typeof(User),
        [KittyEventTypes.MemberJoined] = typeof(User),
        [KittyEventTypes.MemberLeft] = typeof(User),
        [KittyEventTypes.ChannelUpdated] = typeof(Channel),
        [KittyEventTypes.ChannelDeleted] = typeof(Channel),
        [KittyEventTypes.UserChannelJoined] = typeof(Channel),
        [KittyEventTypes.UserChannelLeft] = typeof(Channel),
        [KittyEventTypes.UserChannelUpdated] = typeof(Channel),
        [KittyEventTypes.UserChannelDeleted] = typeof(Channel),
        [KittyEventTypes.UserChannelHidden] = typeof(Channel),
        [KittyEventTypes.UserChannelUnhidden] = typeof(Channel),
        [KittyEventTypes.EventTriggered] = typeof(ChannelEvent),
        [KittyEventTypes.ReadReceiptCreated] = typeof(ReadReceipt),
        [KittyEventTypes.ReactionCreated] = typeof(Reaction),
        [KittyEventTypes.ReactionRemoved] = typeof(Reaction),
        [KittyEventTypes.NotificationCreated] = typeof(Notification),
        [KittyEventTypes.SelfUpdated] = typeof(CurrentUser),
    };

    /// <summary>The model type of an event type's resource, or null for event types this client does not know.</summary>
    public static Type? ResourceType(string eventType) => ResourceTypes.GetValueOrDefault(eventType);

    /// <summary>
    /// Reads the envelope argument of the hub's <c>Event</c> method. Its resource and message stay parts of the
    /// argument's document instead of copies: every member of a room decodes every message, so a copy per event
    /// is most of what a busy client allocates.
    /// </summary>
    public static KittyEvent ReadEnvelope(JsonElement element)
    {
        if (element.ValueKind != JsonValueKind.Object) throw new JsonException("An event envelope is not an object.");
        var type = element.TryGetProperty("type", out var t) && t.ValueKind == JsonValueKind.String
            ? t.GetString()!
            : throw new JsonException("An event envelope has no type.");
        return new KittyEvent(type, Member(element, "resource") ?? default, Number(element, "channelId"), Number(element, "threadId"), Number(element, "seq"))
        {
            CallId = Number(element, "callId"),
            Message = Member(element, "message"),
        };
    }

    private static JsonElement? Member(JsonElement envelope, string name) =>
        envelope.TryGetProperty(name, out var value) && value.ValueKind != JsonValueKind.Null ? value : null;

    private static long? Number(JsonElement envelope, string name) => Member(envelope, name) switch
    {
        null => null,
        { ValueKind: JsonValueKind.Number } value when value.TryGetInt64(out var number) => number,
        _ => throw new JsonException($"The event envelope's {name} is not an id."),
    };

    /// <summary>
    /// The typed resource of the envelope (null for unknown types). Messages get the envelope's seq when they
    /// carry none; read receipts and reactions get the envelope's message.
    /// </summary>
    public static object? Decode(KittyEvent envelope)
    {
        if (ResourceType(envelope.Type) is not { } type) return null;
        var resource = envelope.Resource.Deserialize(type, KittyJson.Options);
        return resource switch
        {
            Message message when message.Seq == 0 && envelope.Seq is { } seq => message with { Seq = seq },
            ReadReceipt receipt when receipt.Message is null && envelope.Message is { } m => receipt with { Message = KittyJson.Read<Message>(m) },
            Reaction reaction when reaction.Message is null && envelope.Message is { } m => reaction with { Message = KittyJson.Read<Message>(m) },
            _ => resource,
        };
    }

    /// <summary>The envelope the server would have sent for a message the client fetched while catching up.</summary>
    public static KittyEvent ForCaughtUpMessage(Message message) =>
        new(KittyEventTypes.MessageCreated, KittyJson.ToElement(message), message.ChannelId, message.ThreadId, message.Seq);
}
