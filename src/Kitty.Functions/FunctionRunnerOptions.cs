namespace Kitty.Functions;

/// <summary>Sandbox limits of function invocations.</summary>
public sealed class FunctionRunnerOptions
{
    /// <summary>Wall-clock limit of one invocation, awaited host calls included.</summary>
    public TimeSpan Timeout { get; set; } = TimeSpan.FromSeconds(10);

    /// <summary>ClearScript's soft heap limit: exceeding it interrupts the invocation.</summary>
    public int MaxHeapSizeMiB { get; set; } = 64;

    /// <summary>V8's hard old-space limit: exceeding it ends the process, so it must stay far above the soft limit.</summary>
    public int HardHeapSizeMiB { get; set; } = 1024;

    /// <summary>How often ClearScript samples the heap size against the soft limit.</summary>
    public TimeSpan HeapSizeSampleInterval { get; set; } = TimeSpan.FromMilliseconds(10);

    /// <summary>ArrayBuffer memory lives outside the heap and is limited on its own.</summary>
    public int MaxArrayBufferMiB { get; set; } = 32;

    /// <summary>How far a script may grow the stack; deep recursion fails with a RangeError.</summary>
    public int MaxStackUsageKiB { get; set; } = 256;

    public int MaxLogEntries { get; set; } = 100;

    public int MaxLogEntryLength { get; set; } = 4096;

    /// <summary>Idle warm engines (each its own V8 runtime) kept per application, of its newest runtime version.</summary>
    public int MaxIdleRuntimesPerVersion { get; set; } = 16;

    /// <summary>How long an engine may stay idle before it is disposed.</summary>
    public TimeSpan IdleEngineLifetime { get; set; } = TimeSpan.FromMinutes(1);

    /// <summary>Function versions one engine keeps loaded; an engine past it is retired instead of reused.</summary>
    public int MaxCompiledScriptsPerRuntime { get; set; } = 64;

    /// <summary>Invocations of one application running at once, each on its own engine; more wait for a free one.</summary>
    public int MaxConcurrentInvocationsPerApplication { get; set; } = 16;

    /// <summary>Invocations of all applications running at once on this node; the thread pool keeps room for them all.</summary>
    public int MaxConcurrentInvocations { get; set; } = 64;

    /// <summary>Longest wait for one <c>fetch</c>; never longer than what is left of the invocation.</summary>
    public TimeSpan FetchTimeout { get; set; } = TimeSpan.FromSeconds(10);

    /// <summary>
    /// Whether <c>fetch</c> may reach loopback and private networks: on (a self-hosted node's functions usually call
    /// the application's backend next to it); off where tenants are not trusted with the node's own network.
    /// Link-local and cloud metadata addresses are refused either way.
    /// </summary>
    public bool FetchAllowsPrivateNetworks { get; set; } = true;

    /// <summary>Largest response body <c>fetch</c> reads; a larger one rejects the fetch.</summary>
    public int MaxFetchResponseBytes { get; set; } = 1024 * 1024;

    /// <summary>Largest source file <c>require</c> loads from a runtime's packages.</summary>
    public int MaxModuleBytes { get; set; } = 4 * 1024 * 1024;

    public void Validate()
    {
        if (Timeout <= TimeSpan.Zero)
        {
            throw new ArgumentOutOfRangeException(nameof(Timeout), "The timeout must be positive.");
        }

        if (MaxHeapSizeMiB <= 0 || HardHeapSizeMiB < 4 * MaxHeapSizeMiB)
        {
            throw new ArgumentOutOfRangeException(
                nameof(HardHeapSizeMiB), "The hard heap limit must be at least four times the soft limit, which must be positive.");
        }

        if (HeapSizeSampleInterval <= TimeSpan.Zero || IdleEngineLifetime < TimeSpan.FromSeconds(1) || MaxArrayBufferMiB <= 0 || MaxStackUsageKiB <= 0
            || MaxLogEntries < 0 || MaxLogEntryLength <= 0 || MaxIdleRuntimesPerVersion < 0 || MaxCompiledScriptsPerRuntime <= 0
            || MaxConcurrentInvocationsPerApplication <= 0 || MaxConcurrentInvocations <= 0
            || FetchTimeout <= TimeSpan.Zero || MaxFetchResponseBytes <= 0 || MaxModuleBytes <= 0)
        {
            throw new ArgumentOutOfRangeException(nameof(FunctionRunnerOptions), "Sandbox limits must be positive.");
        }
    }
}
