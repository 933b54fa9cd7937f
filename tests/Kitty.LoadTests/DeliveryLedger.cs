using System.Text.Json;

namespace Kitty.LoadTests;

/// <summary>
/// What one session received of the run's messages: each index once, seqs strictly increasing, and the
/// send-to-receive latency of each. Written only by its client's event loop; read after the run.
/// </summary>
internal sealed class DeliveryLedger(string runId, int expected)
{
    private readonly bool[] _seen = new bool[expected];
    private readonly TaskCompletionSource _complete = new(TaskCreationOptions.RunContinuationsAsynchronously);
    private long _lastSeq;

    public List<double> LatenciesMs { get; } = new(expected);
    public int Distinct { get; private set; }
    public int Duplicates { get; private set; }
    public int OutOfOrder { get; private set; }
    public long LastDeliveryMicros { get; private set; }
    public Task Complete => _complete.Task;

    /// <param name="seq">The room's sequence number the server gave the message.</param>
    public void Record(long seq, JsonElement properties)
    {
        var now = LoadClock.NowMicros;
        if (!LoadMessage.TryRead(properties, runId, out var index, out var sentAtMicros) || index >= expected) return;
        if (seq <= _lastSeq) OutOfOrder++;
        _lastSeq = Math.Max(_lastSeq, seq);
        if (_seen[index])
        {
            Duplicates++;
            return;
        }

        _seen[index] = true;
        Distinct++;
        LatenciesMs.Add((now - sentAtMicros) / 1000.0);
        LastDeliveryMicros = now;
        if (Distinct == expected) _complete.TrySetResult();
    }
}
