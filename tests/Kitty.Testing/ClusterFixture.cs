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
    private readonly TemporaryDirectory _data = new();

    public TestCluster Cluster { get; private set; } = null!;
    public IGrainFactory Grains => Cluster.GrainFactory;

    public async Task InitializeAsync()
    {
        var builder = new TestClusterBuilder(1);
        builder.Properties[DataDirectoryKey] = _data.Path;
        builder.AddSiloBuilderConfigurator<KittySiloConfigurator>();
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
            siloBuilder.AddSqliteGrainStorage(KittyStorage.Name);
        }
    }
}
