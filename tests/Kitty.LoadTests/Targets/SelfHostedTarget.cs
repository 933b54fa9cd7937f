namespace Kitty.LoadTests.Targets;

/// <summary>Where a target's server runs: which process (for its CPU and memory) and what stops it with the target.</summary>
/// <param name="Pid">This process, a child, or null for a server the run did not start.</param>
/// <param name="Owner">Disposed with the target: the in-process server or the child process; null for a remote server.</param>
internal sealed record SelfHostedTarget(int? Pid, IAsyncDisposable? Owner) : IAsyncDisposable
{
    public static SelfHostedTarget Remote { get; } = new(null, null);

    public ValueTask DisposeAsync() => Owner?.DisposeAsync() ?? ValueTask.CompletedTask;
}
