namespace Kitty.Functions.Sandbox;

/// <summary>Console output of one invocation, bounded in count and length; written from whichever thread runs the script.</summary>
internal sealed class InvocationLog(int maxEntries, int maxEntryLength)
{
    private readonly Lock _lock = new();
    private readonly List<FunctionLogEntry> _entries = [];
    private int _dropped;

    public void Add(FunctionLogLevel level, string message)
    {
        if (message.Length > maxEntryLength)
        {
            message = message[..maxEntryLength];
        }

        lock (_lock)
        {
            if (_entries.Count < maxEntries)
            {
                _entries.Add(new FunctionLogEntry(level, message));
            }
            else
            {
                _dropped++;
            }
        }
    }

    public (IReadOnlyList<FunctionLogEntry> Entries, int Dropped) Snapshot()
    {
        lock (_lock)
        {
            return ([.. _entries], _dropped);
        }
    }
}
