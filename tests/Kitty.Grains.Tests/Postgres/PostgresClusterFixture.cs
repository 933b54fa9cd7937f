using Kitty.Abstractions.Realtime;
using Kitty.Functions.Packages;
using Kitty.Grains.Hosting;
using Kitty.Storage.Hosting;
using Kitty.Testing;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Orleans.Configuration;
using Orleans.TestingHost;

namespace Kitty.Grains.Tests.Postgres;

/// <summary>
/// Three silos on a fresh PostgreSQL database: clustering, grain storage and reminders there (each silo applies the
/// schema as it starts, all at once), and so is Kitty's chat store, as in cluster mode. No cluster, and
/// <see cref="Cluster"/> null, when <c>KITTY_TEST_POSTGRES</c> is not set.
/// </summary>
public sealed class PostgresClusterFixture : IAsyncLifetime
{
    private const string ConnectionStringKey = "KittyTestPostgres";
    private const string DataDirectoryKey = "KittyTestDataDirectory";

    private readonly TemporaryDirectory _data = new();

    public PostgresTestDatabase? Database { get; private set; }
    public TestCluster? Cluster { get; private set; }

    public async Task InitializeAsync()
    {
        Database = await PostgresTestDatabase.CreateAsync();
        if (Database is null) return;

        var builder = new TestClusterBuilder(3);
        // Membership in PostgreSQL, not the test cluster's in-memory table: there is no primary silo.
        builder.Options.UseTestClusterMembership = false;
        builder.Properties[ConnectionStringKey] = Database.ConnectionString;
        builder.Properties[DataDirectoryKey] = _data.Path;
        builder.AddSiloBuilderConfigurator<PostgresSiloConfigurator>();
        builder.AddClientBuilderConfigurator<PostgresClientConfigurator>();
        Cluster = builder.Build();
        await Cluster.DeployAsync();
    }

    public async Task DisposeAsync()
    {
        if (Cluster is not null)
        {
            await Cluster.StopAllSilosAsync();
            await Cluster.DisposeAsync();
        }

        if (Database is not null) await Database.DisposeAsync();
        _data.Dispose();
    }

    private sealed class PostgresSiloConfigurator : ISiloConfigurator
    {
        public void Configure(ISiloBuilder siloBuilder)
        {
            var connectionString = siloBuilder.Configuration[ConnectionStringKey]!;
            var dataDirectory = siloBuilder.Configuration[DataDirectoryKey]!;
            // Secondary_0, Secondary_1, ...: the number is the node id.
            var name = siloBuilder.Configuration["Orleans:Name"]
                ?? throw new InvalidOperationException("The test cluster did not name its silos.");
            var nodeId = int.Parse(name.AsSpan(name.LastIndexOf('_') + 1), System.Globalization.CultureInfo.InvariantCulture);

            siloBuilder.UseKittyPostgresClustering(connectionString);
            siloBuilder.AddKittyPostgresGrainStorage(KittyStorage.Name, connectionString);
            siloBuilder.AddKittyPostgresGrainStorage(KittyStreams.PubSubStorageName, connectionString);
            siloBuilder.UseKittyPostgresReminders(connectionString);
            siloBuilder.AddMemoryStreams(KittyStreams.ProviderName);
            siloBuilder.Services.AddPostgresChatStore(connectionString);
            siloBuilder.Services.AddKittyGrains(nodeId);
            siloBuilder.Services.Configure<RuntimePackagesOptions>(options => options.Directory = Path.Combine(dataDirectory, "runtimes", name));
            // Declare a killed silo dead within seconds rather than the production default.
            siloBuilder.Configure<ClusterMembershipOptions>(options =>
            {
                options.ProbeTimeout = TimeSpan.FromSeconds(1);
                options.NumMissedProbesLimit = 2;
            });
        }
    }

    /// <summary>The test's client finds the silos in PostgreSQL and subscribes to Kitty's streams as a node's feeds do.</summary>
    private sealed class PostgresClientConfigurator : IClientBuilderConfigurator
    {
        public void Configure(IConfiguration configuration, IClientBuilder clientBuilder) => clientBuilder
            .UseKittyPostgresClustering(configuration[ConnectionStringKey]!)
            .AddMemoryStreams(KittyStreams.ProviderName);
    }
}
