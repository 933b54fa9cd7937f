namespace Kitty.Api.Rtm.Connections;

/// <summary>This front-end node's id for connection leases: unique per process (and per host in it).</summary>
internal sealed class NodeIdentity
{
    public string NodeId { get; } = $"{Environment.MachineName}-{Environment.ProcessId}-{Guid.NewGuid().ToString("N")[..8]}";
}
