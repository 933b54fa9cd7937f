namespace Kitty.Client.Events;

/// <summary>A typed server event: its resource and the envelope it came in.</summary>
/// <typeparam name="T">The resource type.</typeparam>
public sealed class KittyEventArgs<T> : EventArgs
{
    /// <summary>Creates the arguments.</summary>
    /// <param name="event">The envelope.</param>
    /// <param name="resource">The decoded resource.</param>
    public KittyEventArgs(KittyEvent @event, T resource)
    {
        Event = @event;
        Resource = resource;
    }

    /// <summary>The envelope as it came from the server (or as the client made it for caught-up messages).</summary>
    public KittyEvent Event { get; }

    /// <summary>The decoded resource.</summary>
    public T Resource { get; }

    /// <summary>The wire event name.</summary>
    public string Type => Event.Type;

    /// <summary>The channel the event belongs to, if any.</summary>
    public long? ChannelId => Event.ChannelId;

    /// <summary>The thread the event belongs to, if any.</summary>
    public long? ThreadId => Event.ThreadId;

    /// <summary>The message's seq, on message events.</summary>
    public long? Seq => Event.Seq;
}
