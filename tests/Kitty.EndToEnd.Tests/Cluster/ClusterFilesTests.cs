using System.Text.RegularExpressions;

namespace Kitty.EndToEnd.Tests.Cluster;

/// <summary>
/// docker/local-cluster.sh and docker/compose.yaml run the same cluster: the nodes of docker/nodes/*.env, with the
/// same ports, behind nginx. There is no Docker engine in CI, so this is what keeps the files from drifting apart.
/// </summary>
public sealed partial class ClusterFilesTests
{
    private static readonly string Docker = NodeTool.SourceFolder("DockerFolder");

    private static IReadOnlyList<NodeFile> Nodes { get; } =
        [.. Directory.GetFiles(Path.Combine(Docker, "nodes"), "node*.env").Order(StringComparer.Ordinal).Select(NodeFile.Read)];

    [Fact]
    public void NodeFiles_DescribeThreeNodes_WithDistinctIdsAndPorts_OnLoopback()
    {
        Assert.Equal(["node1", "node2", "node3"], Nodes.Select(n => n.Name));
        Assert.Equal(Nodes.Count, Nodes.Select(n => n.NodeId).Distinct().Count());
        Assert.All(Nodes, n => Assert.InRange(n.NodeId, 0, 31));
        var ports = Nodes.SelectMany(n => new[] { n.HttpPort, n.SiloPort, n.GatewayPort }).ToList();
        Assert.Equal(ports.Count, ports.Distinct().Count());
        Assert.All(Nodes, n => Assert.Equal("127.0.0.1", n.Settings["Kitty__Silo__AdvertisedIPAddress"]));
        Assert.Equal("cluster", EnvFile(Path.Combine(Docker, "nodes", "cluster.env"))["KITTY_PROFILE"]);
    }

    [Fact]
    public void Compose_RunsEveryNodeFile_WithItsPorts_AndAdvertisesEachContainersOwnAddress()
    {
        var services = ComposeServices(File.ReadAllText(Path.Combine(Docker, "compose.yaml")));

        Assert.Equal(Nodes.Select(n => $"kitty-{n.Name}"), services.Keys.Where(k => k.StartsWith("kitty-", StringComparison.Ordinal)));
        foreach (var node in Nodes)
        {
            var service = services[$"kitty-{node.Name}"];
            Assert.Contains("- nodes/cluster.env", service, StringComparison.Ordinal);
            Assert.Contains($"- nodes/{node.Name}.env", service, StringComparison.Ordinal);
            Assert.Equal($"http://0.0.0.0:{node.HttpPort}", Setting(service, "ASPNETCORE_URLS"));
            Assert.Equal(Setting(service, "ipv4_address"), Setting(service, "Kitty__Silo__AdvertisedIPAddress"));
        }
    }

    [Fact]
    public void Nginx_BalancesOverEveryNodesHttpPort_StickyByAddress_WithWebSockets()
    {
        var config = File.ReadAllText(Path.Combine(Docker, "nginx.conf"));

        var servers = UpstreamServer().Matches(config).Select(m => m.Groups[1].Value);
        Assert.Equal(Nodes.Select(n => $"kitty-{n.Name}:{n.HttpPort}"), servers);
        Assert.Contains("ip_hash;", config, StringComparison.Ordinal);
        Assert.Contains("proxy_http_version 1.1;", config, StringComparison.Ordinal);
        Assert.Contains("proxy_set_header Upgrade $http_upgrade;", config, StringComparison.Ordinal);
        Assert.Contains("proxy_set_header Connection $connection_upgrade;", config, StringComparison.Ordinal);
    }

    [Fact]
    public void TheLocalClusterScript_TakesItsNodesFromTheNodeFiles_AndHardCodesNoPort()
    {
        var script = File.ReadAllText(Path.Combine(Docker, "local-cluster.sh"));

        Assert.Contains("\"$nodes_dir\"/node*.env", script, StringComparison.Ordinal);
        Assert.All(Nodes, n => Assert.DoesNotContain(n.HttpPort.ToString(System.Globalization.CultureInfo.InvariantCulture), script, StringComparison.Ordinal));
    }

    private static Dictionary<string, string> EnvFile(string path) =>
        File.ReadLines(path)
            .Where(line => line.Length > 0 && !line.StartsWith('#'))
            .Select(line => line.Split('=', 2))
            .ToDictionary(pair => pair[0], pair => pair[1]);

    // The top-level keys under services:, each with the text of its block (compose.yaml indents services by two).
    private static Dictionary<string, string> ComposeServices(string compose)
    {
        var services = compose[(compose.IndexOf("\nservices:\n", StringComparison.Ordinal) + 1)..];
        var end = TopLevelKey().Match(services, "services:\n".Length);
        if (end.Success) services = services[..end.Index];
        var starts = ServiceKey().Matches(services).ToList();
        return starts.Select((start, i) => (start.Groups[1].Value, services[start.Index..(i + 1 < starts.Count ? starts[i + 1].Index : services.Length)]))
            .ToDictionary(s => s.Item1, s => s.Item2);
    }

    private static string Setting(string block, string key) =>
        Regex.Match(block, $@"^\s+{Regex.Escape(key)}: (\S+)$", RegexOptions.Multiline) is { Success: true } match
            ? match.Groups[1].Value
            : throw new Xunit.Sdk.XunitException($"No {key} in:\n{block}");

    [GeneratedRegex(@"^\s+server (kitty-\S+);", RegexOptions.Multiline)]
    private static partial Regex UpstreamServer();

    [GeneratedRegex(@"^\S", RegexOptions.Multiline)]
    private static partial Regex TopLevelKey();

    [GeneratedRegex(@"^  ([a-z0-9-]+):$", RegexOptions.Multiline)]
    private static partial Regex ServiceKey();

    private sealed record NodeFile(string Name, IReadOnlyDictionary<string, string> Settings)
    {
        public int NodeId => int.Parse(Settings["Kitty__NodeId"], System.Globalization.CultureInfo.InvariantCulture);
        public int HttpPort => new Uri(Settings["ASPNETCORE_URLS"]).Port;
        public int SiloPort => int.Parse(Settings["Kitty__Silo__SiloPort"], System.Globalization.CultureInfo.InvariantCulture);
        public int GatewayPort => int.Parse(Settings["Kitty__Silo__GatewayPort"], System.Globalization.CultureInfo.InvariantCulture);

        public static NodeFile Read(string path) => new(Path.GetFileNameWithoutExtension(path), EnvFile(path));
    }
}
