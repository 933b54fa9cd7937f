using Kitty.Abstractions.Channels;
using Kitty.Abstractions.Messages;
using Kitty.Abstractions.Notifications;
using Kitty.Abstractions.Users;

namespace Kitty.Abstractions.Realtime;

/// <summary>
/// One realtime event as it travels on a stream. <see cref="Type"/> is the wire name
/// (<see cref="ChatEventTypes"/>); exactly the resource that type names is set (a message, a user, a
/// channel, keystrokes, a custom event, a read receipt, a reaction or a notification); the ids say its scope.
/// <see cref="Seq"/> is set on events of messages. <see cref="ExceptConnectionId"/> keeps an event from
/// the connection that caused it (e.g. <c>user.self.updated</c> goes to the user's other devices).
/// <see cref="ThreadId"/> on a thread event names the thread; chat sessions get it only after setting it.
/// </summary>
[GenerateSerializer, Immutable, Alias("kitty.chat-event")]
public sealed record ChatEvent(
    [property: Id(0)] string Type,
    [property: Id(1)] long? ChannelId = null,
    [property: Id(2)] long? ThreadId = null,
    [property: Id(3)] long? Seq = null,
    [property: Id(4)] Message? Message = null,
    [property: Id(5)] ChatUser? User = null,
    [property: Id(6)] Channel? Channel = null,
    [property: Id(7)] Keystrokes? Keystrokes = null,
    [property: Id(8)] ChannelEvent? CustomEvent = null,
    [property: Id(9)] ReadReceipt? ReadReceipt = null,
    [property: Id(10)] Notification? Notification = null,
    [property: Id(11)] string? ExceptConnectionId = null,
    [property: Id(20)] Reaction? Reaction = null);
