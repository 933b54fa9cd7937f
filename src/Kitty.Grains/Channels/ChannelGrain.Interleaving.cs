using Kitty.Abstractions.Channels;
using Orleans.Concurrency;
using Orleans.Serialization.Invocation;

namespace Kitty.Grains.Channels;

/// <summary>
/// Sends interleave with the channel's other calls, so that a busy channel's messages share commits
/// (<see cref="ChannelMessageLog"/>) instead of queueing one commit each. Everything else still runs one call at a
/// time among themselves. Where a send and another call could both write the grain state, the writes take turns:
/// two overlapping writes would carry the same ETag and the second would be refused.
/// </summary>
[MayInterleave(nameof(MayInterleave))]
public sealed partial class ChannelGrain
{
    private readonly SemaphoreSlim _stateWrites = new(1, 1);

    public static bool MayInterleave(IInvokable request) => request.GetMethodName() == nameof(IChannelGrain.SendMessage);

    private async Task SaveState()
    {
        await _stateWrites.WaitAsync();
        try
        {
            await channel.WriteStateAsync();
        }
        finally
        {
            _stateWrites.Release();
        }
    }

    private async Task ClearState()
    {
        await _stateWrites.WaitAsync();
        try
        {
            await channel.ClearStateAsync();
        }
        finally
        {
            _stateWrites.Release();
        }
    }
}
