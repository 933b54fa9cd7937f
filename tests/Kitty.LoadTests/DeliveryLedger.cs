using System.Text.Json;

namespace Kitty.LoadTests;

/// <summary>
/// What one session received of its room's messages: each once, seqs strictly increasing, none of another room's,
/// and the send-to-receive latency of each. The run's message <c>i</c> belongs to room <c>i % rooms</c>. Written only
/// by its client's event loop; read after the run.
/// </summary>
internal sealed class DeliveryLedger
{
    private readonly string _runId;
    private readonly int _rooms;
    private readonly int _room;
    private readonly bool[] _seen;
    private readonly TaskCompletionSource _complete = new(TaskCreationOptions.RunContinuationsAsynchronously);
    private long _lastSeq;

    /// <param name="messages">How many messages the run sends across all rooms.</param>
    public DeliveryLedger(string runId, int messages, int rooms = 1, int room = 0)
    {
        _runId = runId;
        _rooms = rooms;
        _room = room;
        Expected = MessagesOfRoom(messages, rooms, room);
        _seen = new bool[Expected];
        LatenciesMs = new List<double>(Expected);
        if (Expected == 0) _complete.TrySetResult();
    }

    public int Expected { get; }
    public List<double> LatenciesMs { get; }
    public int Distinct { get; private set; }
    public int Duplicates { get; private set; }
    public int OutOfOrder { get; private set; }
    /// <summary>Messages of this run that belong to another room.</summary>
    public int Misrouted { get; private set; }
    public long LastDeliveryMicros { get; private set; }
    public Task Complete => _complete.Task;

    public static int MessagesOfRoom(int messages, int rooms, int room) => messages / rooms + (room < messages % rooms ? 1 : 0);

    /// <param name="seq">The room's sequence number the server gave the message.</param>
    public void Record(long seq, JsonElement properties)
    {
        var now = LoadClock.NowMicros;
        if (!LoadMessage.TryRead(properties, _runId, out var index, out var sentAtMicros)) return;
        if (index % _rooms != _room || index / _rooms >= Expected)
        {
            Misrouted++;
            return;
        }

        var slot = index / _rooms;
        if (seq <= _lastSeq) OutOfOrder++;
        _lastSeq = Math.Max(_lastSeq, seq);
        if (_seen[slot])
        {
            Duplicates++;
            return;
        }

        _seen[slot] = true;
        Distinct++;
        LatenciesMs.Add((now - sentAtMicros) / 1000.0);
        LastDeliveryMicros = now;
        if (Distinct == Expected) _complete.TrySetResult();
    }
}
