using System.Diagnostics;
using System.Runtime.ExceptionServices;
using Orleans.Concurrency;

namespace Kitty.Server.Hosting;

/// <summary>
/// Sends a grain call again when it could not be sent because the silo holding its grain does not answer. From a
/// node's death until the cluster declares it dead (the membership timeouts), every call to a grain it hosted fails
/// that way at once; afterwards the grain is activated on a live silo and the same call goes through. Without this,
/// each of those calls surfaced as a 500 to hub and REST clients of the surviving nodes for the whole detection time.
/// Only calls that no grain ran, or that change nothing, are sent again, so none has its effect twice; a call that
/// reached a silo which then died (<see cref="SiloUnavailableException"/>) may have run, and is left to the caller.
/// </summary>
internal sealed partial class UnreachableSiloRetryFilter(TimeSpan timeout, ILogger<UnreachableSiloRetryFilter> logger) : IOutgoingGrainCallFilter
{
    private static readonly TimeSpan FirstDelay = TimeSpan.FromMilliseconds(20);
    private static readonly TimeSpan LongestDelay = TimeSpan.FromMilliseconds(500);

    public async Task Invoke(IOutgoingGrainCallContext context)
    {
        var started = Stopwatch.GetTimestamp();
        var delay = FirstDelay;
        while (true)
        {
            Exception? thrown = null;
            try
            {
                await context.Invoke();
            }
            catch (OrleansMessageRejectionException e)
            {
                thrown = e;
            }

            var failure = thrown ?? context.Response?.Exception;
            if (!SafeToSendAgain(context, failure) || Stopwatch.GetElapsedTime(started) + delay > timeout)
            {
                if (thrown is not null) ExceptionDispatchInfo.Throw(thrown);
                return;
            }

            Retrying(logger, context.InterfaceName, context.MethodName, failure!.GetType().Name);
            await Task.Delay(delay);
            delay = TimeSpan.FromTicks(Math.Min(delay.Ticks * 2, LongestDelay.Ticks));
        }
    }

    // A rejection means the target never ran the call: this node could not send it (the dead silo refuses connections),
    // or a silo refused it. A silo that failed after receiving the call may have run it: only a [ReadOnly] call, which
    // changes nothing, is safe to send again then.
    // A system target (membership probes among them) or a client lives and dies with its process, and no silo takes it
    // over: waiting for it only delays the caller, and for a probe the very detection the retries wait for.
    private static bool SafeToSendAgain(IOutgoingGrainCallContext context, Exception? failure) => failure switch
    {
        _ when GrainTypePrefix.IsSystemTarget(context.TargetId) || GrainTypePrefix.IsClient(context.TargetId) => false,
        SiloUnavailableException => context.InterfaceMethod?.IsDefined(typeof(ReadOnlyAttribute), inherit: true) == true,
        OrleansMessageRejectionException => true,
        _ => false,
    };

    /// <summary>Adds the filter to every grain call this node makes, giving up on a call after <paramref name="timeout"/>.</summary>
    public static void AddTo(IServiceCollection services, TimeSpan timeout) =>
        services.AddSingleton<IOutgoingGrainCallFilter>(sp =>
            new UnreachableSiloRetryFilter(timeout, sp.GetRequiredService<ILogger<UnreachableSiloRetryFilter>>()));

    [LoggerMessage(Level = LogLevel.Debug, Message = "{Interface}.{Method} could not reach its silo ({Reason}); sending it again.")]
    private static partial void Retrying(ILogger logger, string @interface, string method, string reason);
}
