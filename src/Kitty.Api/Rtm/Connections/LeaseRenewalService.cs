using Kitty.Abstractions.Users;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace Kitty.Api.Rtm.Connections;

/// <summary>
/// Renews the leases of this node's connections every third of the lease duration, one call per user;
/// closes the connections their user grain no longer knows.
/// </summary>
internal sealed class LeaseRenewalService(
    LocalConnections connections,
    NodeIdentity node,
    IGrainFactory grains,
    IOptions<ConnectionLeaseOptions> options,
    TimeProvider time,
    ILogger<LeaseRenewalService> logger) : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        using var timer = new PeriodicTimer(options.Value.LeaseDuration / 3, time);
        try
        {
            while (await timer.WaitForNextTickAsync(stoppingToken))
            {
                await RenewAll();
            }
        }
        catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
        {
        }
    }

    internal Task RenewAll() =>
        Task.WhenAll(connections.All().GroupBy(c => c.UserId).Select(user => Renew(user.Key, [.. user])));

    private async Task Renew(long userId, IReadOnlyList<RtmConnection> local)
    {
        try
        {
            var unknown = await grains.GetGrain<IUserGrain>(userId).RenewLeases(node.NodeId, [.. local.Select(c => c.ConnectionId)]);
            foreach (var connection in local.Where(c => unknown.Contains(c.ConnectionId)))
            {
                RtmLog.LeaseUnknown(logger, connection.ConnectionId, userId);
                connection.Abort();
            }
        }
        catch (Exception exception)
        {
            RtmLog.LeaseRenewalFailed(logger, exception, userId);
        }
    }
}
