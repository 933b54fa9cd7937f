namespace Kitty.Abstractions.Functions;

/// <summary>
/// Which function handles each trigger of an application, kept in memory: every user message asks it (for the
/// blocking send hook and the sent-message trigger), so the answer must not cost a store read. Keyed by application
/// id; one activation per application, told by function grains when a trigger's answer may have changed.
/// </summary>
[Alias("kitty.function-triggers")]
public interface IChatFunctionTriggerGrain : IGrainWithIntegerKey
{
    /// <summary>The oldest enabled function with a deployed version for the trigger, or null.</summary>
    [ReadOnly, AlwaysInterleave, Alias("find")]
    Task<long?> FindFunction(string trigger);

    /// <summary>The current version of the function <see cref="FindFunction"/> answers, or null: one call for an invocation.</summary>
    [ReadOnly, AlwaysInterleave, Alias("find-current-version")]
    Task<ChatFunctionVersion?> FindCurrentVersion(string trigger);

    /// <summary>A function of the trigger was created, deployed, enabled or disabled: the next look-up reads the store.</summary>
    [AlwaysInterleave, Alias("changed")]
    Task TriggerChanged(string trigger);
}
