namespace Kitty.Grains.Functions.Execution;

/// <summary>
/// The trigger grain as invocations see it: trigger, current version and runtime settings in one call, so a blocking
/// function costs one look-up before it runs. Implemented by <see cref="ChatFunctionTriggerGrain"/> (same activation).
/// </summary>
[Alias("kitty.function-targets")]
public interface IFunctionTargetGrain : IGrainWithIntegerKey
{
    /// <summary>The current version of the trigger's function with the runtime settings, or null when none handles it.</summary>
    [ReadOnly, AlwaysInterleave, Alias("find-target")]
    Task<FunctionTarget?> FindTarget(string trigger);

    /// <summary>The runtime settings alone, for a caller that already knows the function.</summary>
    [ReadOnly, AlwaysInterleave, Alias("get-runtime-run")]
    Task<FunctionRun> GetRuntimeRun();

    /// <summary>The runtime changed (every change moves its version): the next invocation reads it again.</summary>
    [AlwaysInterleave, Alias("runtime-changed")]
    Task RuntimeChanged();
}
