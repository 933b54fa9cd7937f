using System.Net;
using System.Net.Sockets;
using Kitty.Server.Hosting;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Kitty.LoadTests.Grains;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using Orleans.Configuration;

namespace Kitty.LoadTests;

/// <summary>
/// A Kitty node in this process on a temporary data directory, built as the test fixtures build it, with
/// the per-connection rate limits lifted so the run measures the server, not the limiter.
/// </summary>
internal sealed class SelfHostedServer : IAsyncDisposable
{
    public const string ApiKey = "load-api-key";
    public const string ClientId = "load-client-id";
    public const string ClientSecret = "load-client-secret-0123456789";

    private readonly WebApplication _app;
    private readonly string _dataDirectory;
    private readonly int _gatewayPort;

    private SelfHostedServer(WebApplication app, string dataDirectory, Uri url, int gatewayPort)
    {
        _app = app;
        _dataDirectory = dataDirectory;
        Url = url;
        _gatewayPort = gatewayPort;
    }

    public Uri Url { get; }

    /// <summary>The silo's Orleans gateway on loopback, for a load generator's Orleans client (the test profile's localhost clustering).</summary>
    public OrleansGateway Gateway
    {
        get
        {
            var cluster = _app.Services.GetRequiredService<IOptions<ClusterOptions>>().Value;
            return new OrleansGateway(_gatewayPort, cluster.ClusterId, cluster.ServiceId);
        }
    }

    /// <summary>Where the embedded store keeps its files (the SQLite chat store's <c>kitty.db</c>).</summary>
    public string DataDirectory => _dataDirectory;

    /// <summary>The node's grain factory, for grain-level load in this process.</summary>
    public IGrainFactory Grains => _app.Services.GetRequiredService<IGrainFactory>();

    /// <summary>The default application's id.</summary>
    public async Task<long> ApplicationIdAsync() => (await _app.Services.GetRequiredService<DefaultApplication>().Provisioned).Application.Id;

    /// <param name="extraArgs">Settings on top of the test profile's (e.g. the cluster mode's storage).</param>
    public static async Task<SelfHostedServer> StartAsync(params string[] extraArgs)
    {
        var data = Directory.CreateTempSubdirectory("kitty-load-").FullName;
        var gatewayPort = FreePort();
        string[] args =
        [
            "--profile", "test",
            "--urls", "http://127.0.0.1:0",
            $"--Kitty:DataDirectory={data}",
            $"--Kitty:Silo:SiloPort={FreePort()}",
            $"--Kitty:Silo:GatewayPort={gatewayPort}",
            $"--Kitty:DefaultApplication:ApiKey={ApiKey}",
            $"--Kitty:DefaultApplication:ClientId={ClientId}",
            $"--Kitty:DefaultApplication:ClientSecret={ClientSecret}",
            "--Kitty:Api:MessagesPerSecond=1000000",
            "--Kitty:Api:CallsPerSecond=1000000",
            .. extraArgs,
        ];
        var app = KittyServer.Build(args);
        await app.StartAsync();
        var address = app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First();
        await app.Services.GetRequiredService<DefaultApplication>().Provisioned;
        return new SelfHostedServer(app, data, new Uri(address), gatewayPort);
    }

    public async ValueTask DisposeAsync()
    {
        await _app.StopAsync();
        await _app.DisposeAsync();
        try
        {
            Directory.Delete(_dataDirectory, recursive: true);
        }
        catch (IOException)
        {
            // A file still held open: the OS cleans its temp folder.
        }
    }

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }
}
