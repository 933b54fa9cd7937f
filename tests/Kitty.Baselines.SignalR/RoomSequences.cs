using System.Collections.Concurrent;

namespace Kitty.Baselines.SignalR;

/// <summary>
/// Each room's next sequence number, handed out under the room's lock: the broadcast happens inside it, so
/// receivers see seqs in order (what Kitty's channel grain gives its sessions), and nothing else is kept.
/// </summary>
public sealed class RoomSequences
{
    private readonly ConcurrentDictionary<string, Room> _rooms = new();

    public async Task<long> NextAsync(string room, Func<long, Task> broadcast)
    {
        var state = _rooms.GetOrAdd(room, _ => new Room());
        await state.Gate.WaitAsync();
        try
        {
            var seq = ++state.Seq;
            await broadcast(seq);
            return seq;
        }
        finally
        {
            state.Gate.Release();
        }
    }

    private sealed class Room
    {
        public SemaphoreSlim Gate { get; } = new(1, 1);
        public long Seq { get; set; }
    }
}
