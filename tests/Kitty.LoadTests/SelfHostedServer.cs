using System.Net;
using System.Net.Sockets;
using Kitty.Server.Hosting;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.Extensions.DependencyInjection;

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

    private SelfHostedServer(WebApplication app, string dataDirectory, Uri url)
    {
        _app = app;
        _dataDirectory = dataDirectory;
        Url = url;
    }

    public Uri Url { get; }

    /// <summary>The node's grain factory, for grain-level load in this process.</summary>
    public IGrainFactory Grains => _app.Services.GetRequiredService<IGrainFactory>();

    /// <summary>The default application's id.</summary>
    public async Task<long> ApplicationIdAsync() => (await _app.Services.GetRequiredService<DefaultApplication>().Provisioned).Application.Id;

    /// <param name="extraArgs">Settings on top of the test profile's (e.g. the cluster mode's storage).</param>
    public static async Task<SelfHostedServer> StartAsync(params string[] extraArgs)
    {
        var data = Directory.CreateTempSubdirectory("kitty-load-").FullName;
        string[] args =
        [
            "--profile", "test",
            "--urls", "http://127.0.0.1:0",
            $"--Kitty:DataDirectory={data}",
            $"--Kitty:Silo:SiloPort={FreePort()}",
            $"--Kitty:Silo:GatewayPort={FreePort()}",
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
        return new SelfHostedServer(app, data, new Uri(address));
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
