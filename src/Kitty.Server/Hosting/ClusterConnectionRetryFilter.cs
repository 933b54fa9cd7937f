namespace Kitty.Server.Hosting;

/// <summary>
/// Keeps a front-end-only node trying to join its cluster until a silo is up. Nodes of a cluster start in any order
/// (docker compose starts them together), and before the first silo has applied the schema and opened its gateway
/// there is nothing to connect to; each failure is logged, so a wrong connection string shows in the log.
/// </summary>
internal sealed partial class ClusterConnectionRetryFilter(ILogger<ClusterConnectionRetryFilter> logger) : IClientConnectionRetryFilter
{
    private static readonly TimeSpan RetryDelay = TimeSpan.FromSeconds(1);

    public async Task<bool> ShouldRetryConnectionAttempt(Exception exception, CancellationToken cancellationToken)
    {
        WaitingForCluster(logger, exception.Message);
        try
        {
            await Task.Delay(RetryDelay, cancellationToken);
        }
        catch (OperationCanceledException)
        {
            return false;
        }

        return true;
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "No silo of the cluster answers yet ({Reason}); trying again.")]
    private static partial void WaitingForCluster(ILogger logger, string reason);
}
