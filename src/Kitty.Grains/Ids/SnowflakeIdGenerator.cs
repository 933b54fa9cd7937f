namespace Kitty.Grains.Ids;

/// <summary>
/// Snowflake ids in 53 bits: 41 bits of milliseconds since 2024-01-01 (good until 2093), 5 bits of node id
/// and 7 bits of sequence (128 ids per millisecond per node; a burst borrows the next milliseconds). 53 bits
/// because JavaScript clients, the official Platform SDK among them, read ids as IEEE doubles: a larger id
/// would come back to us rounded to another one. Ids from one node strictly increase; across nodes they
/// increase with time, which is what cursors over newest-first listings need. A clock that steps back is
/// not trusted: ids keep increasing from the last one handed out.
/// </summary>
public sealed class SnowflakeIdGenerator(int nodeId, TimeProvider time) : IIdGenerator
{
    private static readonly DateTimeOffset Epoch = new(2024, 1, 1, 0, 0, 0, TimeSpan.Zero);
    private const int NodeBits = 5;
    private const int SequenceBits = 7;
    private const long MaxSequence = (1L << SequenceBits) - 1;

    private readonly long _node = nodeId is >= 0 and < 1 << NodeBits
        ? nodeId
        : throw new ArgumentOutOfRangeException(nameof(nodeId), $"The node id must be within 0..{(1 << NodeBits) - 1}.");
    private readonly Lock _lock = new();
    private long _lastMillis = -1;
    private long _sequence;

    public long NextId()
    {
        lock (_lock)
        {
            var millis = Math.Max(CurrentMillis(), _lastMillis);
            if (millis == _lastMillis)
            {
                _sequence = (_sequence + 1) & MaxSequence;
                if (_sequence == 0)
                {
                    // The millisecond's ids are used up: borrow the next millisecond instead of spinning.
                    millis = _lastMillis + 1;
                }
            }
            else
            {
                _sequence = 0;
            }

            _lastMillis = millis;
            return (millis << (NodeBits + SequenceBits)) | (_node << SequenceBits) | _sequence;
        }
    }

    private long CurrentMillis() => (long)(time.GetUtcNow() - Epoch).TotalMilliseconds;
}
