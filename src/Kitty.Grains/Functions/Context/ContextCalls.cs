using Kitty.Abstractions.Channels;

namespace Kitty.Grains.Functions.Context;

/// <summary>
/// What every context API method needs: the grains and the application they belong to. A channel awaiting a blocking
/// run (<paramref name="GuardedChannelId"/>) is not reachable from it: a call would wait on the very send it decides.
/// </summary>
internal sealed record ContextCalls(IGrainFactory Grains, long ApplicationId, long? GuardedChannelId = null)
{
    public T Grain<T>(long key) where T : IGrainWithIntegerKey
    {
        if (typeof(T) == typeof(IChannelGrain) && key == GuardedChannelId)
            throw new KittyException(KittyError.InvalidOperationError,
                "A user.attempted.send_message function cannot call the channel it guards: the send awaits the function. Use the event's channel.");
        return Grains.GetGrain<T>(key);
    }

    public T Directory<T>() where T : IGrainWithIntegerKey => Grains.GetGrain<T>(ApplicationId);
}
