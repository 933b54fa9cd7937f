using Kitty.Abstractions.Functions;
using Kitty.Storage;

namespace Kitty.Grains.Functions;

/// <summary>
/// Trigger to function, cached per application. The store is the truth; an entry is read once and dropped when a
/// function grain says its trigger changed. A look-up that was reading while a change arrived does not cache what it
/// read (it may be from before the change): each trigger's generation counts changes.
/// </summary>
public sealed class ChatFunctionTriggerGrain(IChatStore store) : Grain, IChatFunctionTriggerGrain
{
    private readonly Dictionary<string, long?> _functions = new(StringComparer.Ordinal);
    private readonly Dictionary<string, long> _generations = new(StringComparer.Ordinal);

    public async Task<long?> FindFunction(string trigger)
    {
        if (_functions.TryGetValue(trigger, out var cached)) return cached;
        var generation = _generations.GetValueOrDefault(trigger);
        var functionId = await store.FindFunctionByTrigger(this.GetPrimaryKeyLong(), trigger);
        if (_generations.GetValueOrDefault(trigger) == generation) _functions[trigger] = functionId;
        return functionId;
    }

    public Task TriggerChanged(string trigger)
    {
        _functions.Remove(trigger);
        _generations[trigger] = _generations.GetValueOrDefault(trigger) + 1;
        return Task.CompletedTask;
    }
}
