using Kitty.Abstractions.Realtime;
using Kitty.Storage.Hosting;
using Orleans.Configuration;

namespace Kitty.Server.Hosting;

/// <summary>
/// A front-end-only node (<c>Kitty:Roles=frontend</c>): no silo, an Orleans client that finds the cluster's
/// gateways in PostgreSQL. The Platform API and the hub need only IGrainFactory, and for realtime delivery the same
/// stream provider as the silos, through which the node feeds subscribe to channel and user streams.
/// </summary>
internal static class KittyFrontendHosting
{
    public static void AddKittyFrontend(this WebApplicationBuilder builder, NodeConfiguration node, SiloOptions silo) =>
        builder.UseOrleansClient(client =>
        {
            client.Configure<ClusterOptions>(silo.ApplyTo);
            client.UseKittyPostgresClustering(node.RequiredConnectionString);
            client.AddMemoryStreams(KittyStreams.ProviderName);
            client.UseConnectionRetryFilter<ClusterConnectionRetryFilter>();
            UnreachableSiloRetryFilter.AddTo(client.Services, silo.UnreachableSiloRetryTimeout);
        });
}
