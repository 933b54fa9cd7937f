using Kitty.Abstractions.Functions;
using Kitty.Grains.Functions.Execution;
using Kitty.Storage;

namespace Kitty.Grains.Functions;

/// <summary>
/// Trigger to function and its current version, and the runtime's settings, cached per application. The store, the
/// function grains and the runtime grain are the truth; an entry is read once and dropped when a function grain says
/// its trigger changed (created, deployed) or the runtime grain says the runtime changed. A look-up that was reading
/// while a change arrived does not cache what it read (it may be from before the change): generations count changes.
/// </summary>
public sealed partial class ChatFunctionTriggerGrain(IChatStore store) : Grain, IChatFunctionTriggerGrain, IFunctionTargetGrain
{
    private readonly Dictionary<string, (long? FunctionId, ChatFunctionVersion? Version)> _handlers = new(StringComparer.Ordinal);
    private readonly Dictionary<string, long> _generations = new(StringComparer.Ordinal);

    private long ApplicationId => this.GetPrimaryKeyLong();

    public async Task<long?> FindFunction(string trigger) => (await Find(trigger)).FunctionId;

    public async Task<ChatFunctionVersion?> FindCurrentVersion(string trigger) => (await Find(trigger)).Version;

    public async Task<FunctionTarget?> FindTarget(string trigger) =>
        (await Find(trigger)).Version is { } version ? new FunctionTarget(version, await GetRuntimeRun()) : null;

    public Task TriggerChanged(string trigger)
    {
        _handlers.Remove(trigger);
        _generations[trigger] = _generations.GetValueOrDefault(trigger) + 1;
        return Task.CompletedTask;
    }

    private async Task<(long? FunctionId, ChatFunctionVersion? Version)> Find(string trigger)
    {
        if (_handlers.TryGetValue(trigger, out var cached)) return cached;
        var generation = _generations.GetValueOrDefault(trigger);
        var functionId = await store.FindFunctionByTrigger(ApplicationId, trigger);
        var version = functionId is { } id ? await GrainFactory.GetGrain<IChatFunctionGrain>(id).GetCurrentVersion(ApplicationId) : null;
        if (_generations.GetValueOrDefault(trigger) == generation) _handlers[trigger] = (functionId, version);
        return (functionId, version);
    }
}
