using Kitty.Abstractions.Realtime;
using Kitty.Functions.Packages;
using Kitty.Grains.Hosting;
using Kitty.Storage.Hosting;
using Microsoft.Extensions.DependencyInjection;
using Orleans.TestingHost;
using Xunit;

namespace Kitty.Testing;

/// <summary>
/// An in-process Orleans cluster with Kitty's grains on a real SQLite store in a fresh directory; one per
/// test collection. One silo, because every silo here would share node id 0.
/// </summary>
public sealed class ClusterFixture : IAsyncLifetime
{
    private const string DataDirectoryKey = "KittyTestDataDirectory";

    /// <summary>The lease of a realtime connection in the test cluster: short, so tests see expiry quickly.</summary>
    public static readonly TimeSpan LeaseDuration = TimeSpan.FromSeconds(2);

    private readonly TemporaryDirectory _data = new();

    public TestCluster Cluster { get; private set; } = null!;
    public IGrainFactory Grains => Cluster.GrainFactory;

    public async Task InitializeAsync()
    {
        var builder = new TestClusterBuilder(1);
        builder.Properties[DataDirectoryKey] = _data.Path;
        builder.Properties["Kitty:Presence:LeaseDuration"] = LeaseDuration.ToString();
        builder.AddSiloBuilderConfigurator<KittySiloConfigurator>();
        builder.AddClientBuilderConfigurator<KittyClientConfigurator>();
        Cluster = builder.Build();
        await Cluster.DeployAsync();
    }

    public async Task DisposeAsync()
    {
        await Cluster.StopAllSilosAsync();
        await Cluster.DisposeAsync();
        _data.Dispose();
    }

    private sealed class KittySiloConfigurator : ISiloConfigurator
    {
        public void Configure(ISiloBuilder siloBuilder)
        {
            var dataDirectory = siloBuilder.Configuration[DataDirectoryKey]!;
            siloBuilder.Services.AddSqliteChatStore(options => options.DataDirectory = dataDirectory);
            siloBuilder.Services.AddKittyGrains(nodeId: 0);
            siloBuilder.Services.Configure<RuntimePackagesOptions>(options => options.Directory = Path.Combine(dataDirectory, "runtimes"));
            siloBuilder.AddSqliteGrainStorage(KittyStorage.Name);
            siloBuilder.AddMemoryStreams(KittyStreams.ProviderName);
            siloBuilder.AddSqliteGrainStorage(KittyStreams.PubSubStorageName);
        }
    }

    /// <summary>The test's client subscribes to Kitty's streams as a node's feeds do.</summary>
    private sealed class KittyClientConfigurator : IClientBuilderConfigurator
    {
        public void Configure(Microsoft.Extensions.Configuration.IConfiguration configuration, IClientBuilder clientBuilder) =>
            clientBuilder.AddMemoryStreams(KittyStreams.ProviderName);
    }
}
