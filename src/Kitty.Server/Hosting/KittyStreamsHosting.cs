using Kitty.Abstractions.Realtime;
using Orleans.Configuration;

namespace Kitty.Server.Hosting;

/// <summary>
/// Kitty's stream provider on a node: in-memory queues whose pulling agents look for new events every
/// <c>Kitty:Streams:PollPeriod</c> (default 10 ms). Orleans' default of 100 ms alone added ~50 ms on average,
/// up to 100 ms, between a publish and its delivery (tests/Kitty.LoadTests/RESULTS.md).
/// </summary>
internal static class KittyStreamsHosting
{
    public const string PollPeriodKey = "Kitty:Streams:PollPeriod";

    public static readonly TimeSpan DefaultPollPeriod = TimeSpan.FromMilliseconds(10);

    public static ISiloBuilder AddKittyStreams(this ISiloBuilder silo, IConfiguration configuration)
    {
        var period = configuration.GetValue(PollPeriodKey, DefaultPollPeriod);
        if (period <= TimeSpan.Zero || period > TimeSpan.FromSeconds(1))
        {
            throw new InvalidOperationException($"{PollPeriodKey} must be above zero and at most one second.");
        }

        return silo.AddMemoryStreams(KittyStreams.ProviderName, streams =>
            streams.ConfigurePullingAgent(options => options.Configure(agent => agent.GetQueueMsgsTimerPeriod = period)));
    }
}
