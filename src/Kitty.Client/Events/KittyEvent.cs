using System.Text.Json;

namespace Kitty.Client.Events;

/// <summary>
/// The envelope of every server event (hub client method <c>Event</c>): the wire event name, its resource
/// as JSON, and the scope it belongs to.
/// </summary>
/// <param name="Type">The wire event name, e.g. <c>channel.message.created</c> (see <see cref="KittyEventTypes"/>).</param>
/// <param name="Resource">The resource the event carries (a message, user, channel, …) as JSON.</param>
/// <param name="ChannelId">The channel the event belongs to, if any.</param>
/// <param name="ThreadId">The thread the event belongs to, if any.</param>
/// <param name="Seq">The message's seq, on message events.</param>
public sealed record KittyEvent(string Type, JsonElement Resource, long? ChannelId = null, long? ThreadId = null, long? Seq = null)
{
    /// <summary>The call the event belongs to, on call events.</summary>
    public long? CallId { get; init; }

    /// <summary>The message a read receipt or reaction is about, as JSON, when the server sends it.</summary>
    public JsonElement? Message { get; init; }
}
