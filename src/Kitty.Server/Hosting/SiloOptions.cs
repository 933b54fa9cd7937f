using Orleans.Configuration;

namespace Kitty.Server.Hosting;

/// <summary>How the node's silo listens (section <c>Kitty:Silo</c>).</summary>
public sealed class SiloOptions
{
    public const string Section = "Kitty:Silo";

    public string ClusterId { get; set; } = "kitty";
    public string ServiceId { get; set; } = "kitty";
    public int SiloPort { get; set; } = 11111;
    public int GatewayPort { get; set; } = 30000;

    /// <summary>
    /// Cluster mode: the address other silos and front-ends reach this silo at, as written to the membership table.
    /// Loopback suits a cluster on one machine; a container gives its own address.
    /// </summary>
    public string AdvertisedIPAddress { get; set; } = "127.0.0.1";

    /// <summary>
    /// How long a grain call that cannot reach its silo is sent again: long enough for the cluster to declare a dead
    /// silo dead (see <c>Kitty:Silo:Membership</c>) and activate its grains elsewhere.
    /// </summary>
    public TimeSpan UnreachableSiloRetryTimeout { get; set; } = TimeSpan.FromSeconds(30);

    /// <summary>Cluster mode: listen on every interface rather than on the advertised address only (containers).</summary>
    public bool ListenOnAnyHostAddress { get; set; }

    /// <summary>Names the cluster for a silo or a client: both must name the same one to meet.</summary>
    public void ApplyTo(ClusterOptions options)
    {
        options.ClusterId = ClusterId;
        options.ServiceId = ServiceId;
    }
}
