using Kitty.Abstractions.Realtime;
using Kitty.Functions.Packages;
using Kitty.Grains.Functions.Execution;
using Kitty.Grains.Hosting;
using Kitty.Storage.Hosting;
using Kitty.Testing;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Orleans.TestingHost;

namespace Kitty.Grains.Tests;

/// <summary>
/// Placement by role on a cluster of three silos: one chat node, two functions nodes. Function runs land on functions
/// nodes only, their context calls reach chat grains on the chat node, and when a functions node dies the runs move
/// to the other one.
/// </summary>
public sealed class NodeRolesTests : IAsyncLifetime
{
    private const string DataDirectoryKey = "KittyTestDataDirectory";
    private const string PrimarySiloName = "Primary";

    private const string Script = """
        async function handleEvent(event, context) {
          const exists = await context.getUserApi().checkUserExists('nobody-' + event.n).then(() => true, () => false);
          return { n: event.n, exists };
        }
        """;

    private readonly TemporaryDirectory _data = new();
    private TestCluster? _cluster;

    private TestCluster Cluster => _cluster!;

    public async Task InitializeAsync()
    {
        var builder = new TestClusterBuilder(3);
        builder.Properties[DataDirectoryKey] = _data.Path;
        builder.AddSiloBuilderConfigurator<RoleSiloConfigurator>();
        _cluster = builder.Build();
        await Cluster.DeployAsync();
    }

    [Fact]
    public async Task FunctionRuns_LandOnFunctionsNodes_AndTheirContextCallsReachChatGrains()
    {
        var functionsNodes = Cluster.SecondarySilos.Select(silo => silo.SiloAddress.ToString()).ToHashSet();

        var results = await Task.WhenAll(Enumerable.Range(1, 20).Select(n => Run(applicationId: 1000 + n, n)));

        Assert.All(results, result => Assert.True(result.Succeeded, result.FailureMessage));
        Assert.All(results, result => Assert.Contains(result.Node, functionsNodes));
        Assert.All(results, result => Assert.Contains("\"exists\":false", result.ResultJson, StringComparison.Ordinal));
    }

    [Fact]
    public async Task WhenAFunctionsNodeDies_RunsMoveToTheOtherFunctionsNode()
    {
        var first = await Run(applicationId: 2000, n: 1);
        var dead = Cluster.SecondarySilos.Single(silo => silo.SiloAddress.ToString() == first.Node);
        var survivor = Cluster.SecondarySilos.Single(silo => silo != dead).SiloAddress.ToString();

        await Cluster.KillSiloAsync(dead);
        await Cluster.WaitForLivenessToStabilizeAsync();
        var after = await Run(applicationId: 2000, n: 2);

        Assert.True(after.Succeeded, after.FailureMessage);
        Assert.Equal(survivor, after.Node);
    }

    public async Task DisposeAsync()
    {
        if (_cluster is not null)
        {
            await _cluster.StopAllSilosAsync();
            await _cluster.DisposeAsync();
        }

        _data.Dispose();
    }

    private Task<FunctionRunResult> Run(long applicationId, int n) =>
        Cluster.GrainFactory.GetGrain<IFunctionHostGrain>(applicationId).Run(new FunctionRun(
            "runtime-1", null, new Dictionary<string, string>(), "version-1", Script, $$"""{"n":{{n}}}""", null, []));

    private sealed class RoleSiloConfigurator : ISiloConfigurator
    {
        public void Configure(ISiloBuilder siloBuilder)
        {
            var name = siloBuilder.Configuration["Orleans:Name"]
                ?? throw new InvalidOperationException("The test cluster did not name its silos.");
            var primary = name == PrimarySiloName;
            var dataDirectory = siloBuilder.Configuration[DataDirectoryKey]!;
            siloBuilder.Services.AddSqliteChatStore(options => options.DataDirectory = dataDirectory);
            siloBuilder.Services.AddKittyGrains(nodeId: primary ? 0 : 1 + Math.Abs(name.GetHashCode(StringComparison.Ordinal)) % 30);
            siloBuilder.Services.Configure<RuntimePackagesOptions>(options => options.Directory = Path.Combine(dataDirectory, "runtimes", name));
            siloBuilder.Services.AddKittyNodeRoles(primary ? [NodeRoles.Chat] : [NodeRoles.Functions]);
            siloBuilder.AddSqliteGrainStorage(KittyStorage.Name);
            siloBuilder.AddMemoryStreams(KittyStreams.ProviderName);
            siloBuilder.AddSqliteGrainStorage(KittyStreams.PubSubStorageName);
        }
    }
}
