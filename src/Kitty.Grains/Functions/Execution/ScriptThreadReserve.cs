using Kitty.Functions;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Options;

namespace Kitty.Grains.Functions.Execution;

/// <summary>
/// Keeps thread-pool threads free for what stops a runaway script. The runner runs scripts synchronously on pool
/// threads, while ClearScript's heap-size monitor and the invocation timeouts are pool timers: once running scripts
/// hold every thread, the monitor comes too late, a memory bomb grows past the soft heap limit to V8's hard limit, and
/// V8 ends the whole process (seen in the end-to-end sandbox test). SEAM (issue 5): until the runner gives scripts
/// threads of their own, the pool starts with room for one application's full concurrency beyond one thread per core;
/// several applications bombing at once on one node can still outrun it.
/// </summary>
internal sealed class ScriptThreadReserve(IOptions<FunctionRunnerOptions> options) : IHostedService
{
    public Task StartAsync(CancellationToken cancellationToken)
    {
        ThreadPool.GetMinThreads(out var workers, out var completionPorts);
        var wanted = Environment.ProcessorCount + options.Value.MaxConcurrentInvocationsPerApplication;
        if (workers < wanted) ThreadPool.SetMinThreads(wanted, completionPorts);
        return Task.CompletedTask;
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;
}
