using Kitty.Abstractions.Realtime;
using Kitty.Api.Hal;
using Kitty.Api.Messages;

namespace Kitty.Api.Rtm.Rendering;

/// <summary>
/// The one argument of the hub's <c>Event</c> method: <c>{ type, resource, channelId?, threadId?, seq?, message? }</c>
/// (realtime-protocol.md §2.2). The resource is the one the event carries; read receipts and reactions also carry their message.
/// </summary>
internal static class EventEnvelopes
{
    public static Dictionary<string, object?> Render(
        ChatEvent chatEvent, ApiLinks links, MentionLookup mentions, object? notification = null)
    {
        var envelope = new Dictionary<string, object?>
        {
            ["type"] = chatEvent.Type,
            ["resource"] = Resource(chatEvent, links, mentions, notification),
        };
        if (chatEvent.ChannelId is { } channelId)
        {
            envelope["channelId"] = channelId;
        }

        if (chatEvent.ThreadId is { } threadId)
        {
            envelope["threadId"] = threadId;
        }

        if (chatEvent.Seq is { } seq)
        {
            envelope["seq"] = seq;
        }

        if (chatEvent.Message is { } message && !ReferenceEquals(Primary(chatEvent), message))
        {
            envelope["message"] = ResourceTrees.Message(message, links, mentions);
        }

        return envelope;
    }

    private static object? Primary(ChatEvent e) =>
        (object?)e.ReadReceipt ?? e.Reaction ?? (object?)e.Keystrokes ?? (object?)e.CustomEvent ?? e.Notification ?? (object?)e.Message ?? (object?)e.User ?? e.Channel;

    private static object? Resource(ChatEvent e, ApiLinks links, MentionLookup mentions, object? notification) => Primary(e) switch
    {
        Abstractions.Messages.ReadReceipt receipt => ResourceTrees.ReadReceipt(receipt, links),
        Abstractions.Messages.Reaction reaction => ReadStateTrees.Reaction(reaction, links),
        Abstractions.Channels.Keystrokes keystrokes => ResourceTrees.Keystrokes(keystrokes),
        Abstractions.Channels.ChannelEvent custom => ResourceTrees.CustomEvent(custom, links),
        Abstractions.Notifications.Notification => notification,
        Abstractions.Messages.Message message => ResourceTrees.Message(message, links, mentions),
        Abstractions.Users.ChatUser user => ResourceTrees.User(user, links),
        Abstractions.Channels.Channel channel => ResourceTrees.Channel(channel, links, mentions),
        _ => null,
    };
}
