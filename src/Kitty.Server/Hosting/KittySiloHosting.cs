using System.Net;
using Kitty.Abstractions.Realtime;
using Kitty.Functions.Packages;
using Kitty.Grains.Hosting;
using Kitty.Storage.Hosting;
using Kitty.Storage.Options;
using Orleans.Configuration;

namespace Kitty.Server.Hosting;

/// <summary>
/// A node that runs a silo: Kitty's grains and chat store, with membership and grain state either on the embedded
/// SQLite file (one node) or in PostgreSQL (a cluster).
/// </summary>
internal static class KittySiloHosting
{
    /// <summary>Orleans' <see cref="ClusterMembershipOptions"/>, e.g. <c>Kitty:Silo:Membership:ProbeTimeout</c>.</summary>
    public const string MembershipSection = SiloOptions.Section + ":Membership";

    public static void AddKittySilo(this WebApplicationBuilder builder, NodeConfiguration node, KittyServerOptions server, SiloOptions silo)
    {
        if (node.Storage == StorageProvider.PostgreSql)
        {
            builder.Services.AddPostgresChatStore(node.RequiredConnectionString);
        }
        else
        {
            builder.Services.AddSqliteChatStore(builder.Configuration);
            builder.Services.Configure<ChatStoreOptions>(options => options.DataDirectory = server.DataDirectory);
        }

        builder.Services.AddKittyGrains(server.NodeId);
        builder.Services.AddKittyNodeRoles([.. server.RoleList]);
        builder.Services.PostConfigure<RuntimePackagesOptions>(options =>
            options.Directory ??= Path.Combine(server.DataDirectory, "runtimes"));
        builder.UseOrleans(siloBuilder =>
        {
            if (node.Storage == StorageProvider.PostgreSql)
            {
                UsePostgres(siloBuilder, node.RequiredConnectionString, silo);
            }
            else
            {
                siloBuilder.UseLocalhostClustering(silo.SiloPort, silo.GatewayPort, serviceId: silo.ServiceId, clusterId: silo.ClusterId);
                siloBuilder.AddSqliteGrainStorage(KittyStorage.Name);
                siloBuilder.AddSqliteGrainStorage(KittyStreams.PubSubStorageName);
            }

            siloBuilder.AddKittyStreams(builder.Configuration);
            // How fast a silo that stopped answering is declared dead and its grains move: Orleans' defaults suit
            // production; tests of a killed node shorten them.
            siloBuilder.Configure<ClusterMembershipOptions>(builder.Configuration.GetSection(MembershipSection));
        });
    }

    private static void UsePostgres(ISiloBuilder siloBuilder, string connectionString, SiloOptions silo)
    {
        siloBuilder.Configure<ClusterOptions>(silo.ApplyTo);
        siloBuilder.ConfigureEndpoints(AdvertisedAddress(silo), silo.SiloPort, silo.GatewayPort, silo.ListenOnAnyHostAddress);
        siloBuilder.UseKittyPostgresClustering(connectionString);
        siloBuilder.AddKittyPostgresGrainStorage(KittyStorage.Name, connectionString);
        siloBuilder.AddKittyPostgresGrainStorage(KittyStreams.PubSubStorageName, connectionString);
        siloBuilder.UseKittyPostgresReminders(connectionString);
        // Only a cluster has other silos to lose; a lone node's calls skip the filter.
        UnreachableSiloRetryFilter.AddTo(siloBuilder.Services, silo.UnreachableSiloRetryTimeout);
    }

    // An address, not a host name: it is what other silos and front-ends read from the membership table.
    private static IPAddress AdvertisedAddress(SiloOptions silo) =>
        IPAddress.TryParse(silo.AdvertisedIPAddress, out var address) && !address.Equals(IPAddress.Any) && !address.Equals(IPAddress.IPv6Any)
            ? address
            : throw new NodeConfigurationException(
                $"{SiloOptions.Section}:AdvertisedIPAddress must be an IP address other nodes can reach this silo at; got '{silo.AdvertisedIPAddress}'.");
}
