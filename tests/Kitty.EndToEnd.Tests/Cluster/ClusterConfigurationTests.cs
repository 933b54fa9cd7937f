using Kitty.Server.Hosting;
using Kitty.Testing;
using Microsoft.Extensions.DependencyInjection;

namespace Kitty.EndToEnd.Tests.Cluster;

/// <summary>Which node a configuration asks for, and the clear refusals of one that cannot run.</summary>
public sealed class ClusterConfigurationTests
{
    private const string ConnectionString = "Host=127.0.0.1;Username=kitty;Password=kitty;Database=kitty";

    private static readonly string[] Credentials =
    [
        $"--Kitty:DefaultApplication:ApiKey={TestCredentials.Default.ApiKey}",
        $"--Kitty:DefaultApplication:ClientId={TestCredentials.Default.ClientId}",
        $"--Kitty:DefaultApplication:ClientSecret={TestCredentials.Default.ClientSecret}",
    ];

    [Fact]
    public async Task TheDefaultProfile_IsOneNodeOnSqlite_WithASilo()
    {
        var node = await Read([]);

        Assert.Equal(new NodeConfiguration(StorageProvider.Sqlite, null, IsFrontendOnly: false), node);
    }

    [Fact]
    public async Task TheClusterProfile_IsPostgreSql_WithTheConnectionStringOfKittyPostgres()
    {
        var node = await Read(["--profile", "cluster", $"--Kitty:Postgres:ConnectionString={ConnectionString}", .. Credentials]);

        Assert.Equal(StorageProvider.PostgreSql, node.Storage);
        Assert.Contains("Database=kitty", node.RequiredConnectionString, StringComparison.Ordinal);
        Assert.False(node.IsFrontendOnly);
        Assert.DoesNotContain("Password", node.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task FrontendRole_OnTheClusterProfile_RunsNoSilo()
    {
        var node = await Read(["--profile", "cluster", "--Kitty:Roles=frontend", $"--Kitty:Postgres:ConnectionString={ConnectionString}", .. Credentials]);

        Assert.True(node.IsFrontendOnly);
    }

    [Theory]
    [InlineData("Kitty:Postgres:ConnectionString (environment variable Kitty__Postgres__ConnectionString)", "--profile", "cluster")]
    [InlineData("is not an Npgsql connection string", "--profile", "cluster", "--Kitty:Postgres:ConnectionString=Nonsense Key=1")]
    [InlineData("Kitty:Storage:Provider must be Sqlite or PostgreSql; got 'Mongo'", "--Kitty:Storage:Provider=Mongo")]
    [InlineData("Kitty:Roles=frontend needs a cluster to join", "--Kitty:Roles=frontend")]
    [InlineData("cannot be combined with chat or functions", "--profile", "cluster", "--Kitty:Roles=frontend,chat")]
    [InlineData("Kitty:Roles must name one or more of chat, functions, or frontend alone; got [web]", "--Kitty:Roles=web")]
    [InlineData("Unknown profile 'clustr'", "--profile", "clustr")]
    public void BadConfiguration_IsRefusedAtStart_WithAMessageNamingTheSetting(string message, params string[] args)
    {
        var refused = Assert.Throws<NodeConfigurationException>(() => KittyServer.Build([.. args, .. Credentials]));

        Assert.Contains(message, refused.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("", "Kitty cannot start: Kitty:Storage:Provider=PostgreSql needs Kitty:Postgres:ConnectionString")]
    [InlineData("Nonsense Key=1", "Kitty cannot start: Kitty:Postgres:ConnectionString is not an Npgsql connection string")]
    public async Task TheServerProcess_WithABadConnectionString_ExitsWithCode2AndOneLine_NoStackTrace(string connectionString, string message)
    {
        var environment = new Dictionary<string, string> { ["Kitty__Postgres__ConnectionString"] = connectionString };

        var (exitCode, output) = await NodeTool.RunAsync("dotnet", "Kitty.Server.dll --profile cluster", AppContext.BaseDirectory, environment);

        Assert.Equal(2, exitCode);
        Assert.StartsWith(message, output, StringComparison.Ordinal);
        Assert.Single(output.Split('\n', StringSplitOptions.RemoveEmptyEntries));
    }

    [Fact]
    public void ClusterNodes_WithoutConfiguredDefaultApplicationCredentials_AreRefused_BecauseEachWouldGenerateItsOwn()
    {
        var refused = Assert.Throws<NodeConfigurationException>(() =>
            KittyServer.Build(["--profile", "cluster", $"--Kitty:Postgres:ConnectionString={ConnectionString}", "--Kitty:DefaultApplication:ApiKey=k"]));

        Assert.Contains("missing Kitty:DefaultApplication:ClientId, Kitty:DefaultApplication:ClientSecret", refused.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void AnAdvertisedAddressThatIsNotAnIpAddress_IsRefused()
    {
        var refused = Assert.Throws<NodeConfigurationException>(() => KittyServer.Build(
            ["--profile", "cluster", $"--Kitty:Postgres:ConnectionString={ConnectionString}", "--Kitty:Silo:AdvertisedIPAddress=0.0.0.0", .. Credentials]));

        Assert.Contains("Kitty:Silo:AdvertisedIPAddress must be an IP address other nodes can reach", refused.Message, StringComparison.Ordinal);
    }

    // Built, never started: nothing connects to the database.
    private static async Task<NodeConfiguration> Read(string[] args)
    {
        using var data = new TemporaryDirectory();
        await using var app = KittyServer.Build([$"--Kitty:DataDirectory={data.Path}", .. args]);
        return app.Services.GetRequiredService<NodeConfiguration>();
    }
}
