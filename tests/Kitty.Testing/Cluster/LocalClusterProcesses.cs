using System.Globalization;
using Kitty.Abstractions.Applications;
using Kitty.Server.Hosting;

namespace Kitty.Testing.Cluster;

/// <summary>
/// A Kitty cluster of real node processes on loopback (the <c>cluster</c> profile: silo and front-end in each, all on
/// one PostgreSQL database), for tests where a node must die for real. Each node gets free ports, its own data
/// directory and log file, and the test credentials for the shared default application. Disposing kills whatever
/// still runs, whether the test passed or not.
/// </summary>
public sealed class LocalClusterProcesses : IAsyncDisposable
{
    private static readonly TimeSpan StartTimeout = TimeSpan.FromSeconds(90);
    private readonly TemporaryDirectory _directory = new();
    private readonly List<NodeProcess> _nodes = [];
    private readonly HashSet<int> _killed = [];

    private LocalClusterProcesses()
    {
    }

    public IReadOnlyList<NodeProcess> Nodes => _nodes;

    /// <summary>The nodes not killed by <see cref="KillAsync"/>.</summary>
    public IReadOnlyList<NodeProcess> Survivors => [.. _nodes.Where(n => !_killed.Contains(n.Index))];

    public ApplicationCredentials Credentials => TestCredentials.Default;

    /// <summary>Where the nodes' data directories and logs are.</summary>
    public string Directory => _directory.Path;

    /// <summary>
    /// Starts <paramref name="nodeCount"/> nodes at once and returns when every one answers HTTP (so its silo has
    /// joined and the default application is provisioned). <paramref name="settings"/> are configuration keys
    /// (<c>Kitty:Presence:LeaseDuration</c>) given to every node.
    /// </summary>
    public static async Task<LocalClusterProcesses> StartAsync(
        int nodeCount, string postgresConnectionString, IReadOnlyDictionary<string, string>? settings = null)
    {
        var cluster = new LocalClusterProcesses();
        try
        {
            for (var index = 0; index < nodeCount; index++)
            {
                cluster._nodes.Add(cluster.StartNode(index, postgresConnectionString, settings ?? new Dictionary<string, string>()));
            }

            using var http = new HttpClient { Timeout = TimeSpan.FromSeconds(5) };
            await Task.WhenAll(cluster._nodes.Select(node => WaitUntilServing(http, node)));
            return cluster;
        }
        catch
        {
            await cluster.DisposeAsync();
            throw;
        }
    }

    /// <summary>Kills a node with SIGKILL: its connections drop and its silo stops answering, with no goodbye.</summary>
    public async Task KillAsync(int index)
    {
        _killed.Add(index);
        await _nodes[index].KillAsync();
    }

    public async ValueTask DisposeAsync()
    {
        await Task.WhenAll(_nodes.Select(node => node.DisposeAsync().AsTask()));
        _directory.Dispose();
    }

    private NodeProcess StartNode(int index, string postgresConnectionString, IReadOnlyDictionary<string, string> settings)
    {
        var url = new Uri($"http://127.0.0.1:{FreePort.Next()}");
        var siloPort = FreePort.Next();
        var data = System.IO.Directory.CreateDirectory(Path.Combine(_directory.Path, $"node-{index}")).FullName;
        string[] arguments =
        [
            "--profile", "cluster",
            "--urls", url.AbsoluteUri.TrimEnd('/'),
            $"--Kitty:NodeId={index.ToString(CultureInfo.InvariantCulture)}",
            $"--Kitty:Silo:SiloPort={siloPort.ToString(CultureInfo.InvariantCulture)}",
            $"--Kitty:Silo:GatewayPort={FreePort.Next().ToString(CultureInfo.InvariantCulture)}",
            $"--Kitty:DataDirectory={data}",
        ];
        // Secrets travel in the environment, not on a command line every user of the machine can list.
        var configuration = new Dictionary<string, string>
        {
            [NodeConfiguration.ConnectionStringKey] = postgresConnectionString,
            ["Kitty:DefaultApplication:ApiKey"] = Credentials.ApiKey,
            ["Kitty:DefaultApplication:ClientId"] = Credentials.ClientId,
            ["Kitty:DefaultApplication:ClientSecret"] = Credentials.ClientSecret,
            // One line per log entry, exception included, so a log can be searched line by line; UTC times to line nodes up.
            ["Logging:Console:FormatterName"] = "simple",
            ["Logging:Console:FormatterOptions:SingleLine"] = "true",
            ["Logging:Console:FormatterOptions:TimestampFormat"] = "HH:mm:ss.fff ",
            ["Logging:Console:FormatterOptions:UseUtcTimestamp"] = "true",
            ["Logging:Console:FormatterOptions:ColorBehavior"] = "Disabled",
        };
        foreach (var (key, value) in settings) configuration[key] = value;
        var environment = configuration.ToDictionary(e => e.Key.Replace(":", "__", StringComparison.Ordinal), e => e.Value);
        return NodeProcess.Start(index, url, siloPort, ServerDll, arguments, environment, Path.Combine(_directory.Path, $"node-{index}.log"));
    }

    // The test projects reference Kitty.Server, so its build (dll, runtimeconfig, deps, silo-config) sits beside them.
    private static string ServerDll => typeof(KittyServer).Assembly.Location;

    private static async Task WaitUntilServing(HttpClient http, NodeProcess node)
    {
        var deadline = DateTime.UtcNow + StartTimeout;
        while (true)
        {
            if (node.HasExited)
            {
                throw new InvalidOperationException($"Node {node.Index} exited while starting:{Environment.NewLine}{node.Tail()}");
            }

            try
            {
                // Kestrel opens after every other hosted service started: an answer means silo and application are up.
                using var response = await http.GetAsync(node.Url);
                return;
            }
            catch (HttpRequestException)
            {
            }
            catch (TaskCanceledException)
            {
            }

            if (DateTime.UtcNow > deadline)
            {
                throw new TimeoutException($"Node {node.Index} did not answer at {node.Url} within {StartTimeout}:{Environment.NewLine}{node.Tail()}");
            }

            await Task.Delay(50);
        }
    }
}
