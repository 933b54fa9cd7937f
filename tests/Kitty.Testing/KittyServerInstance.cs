using Kitty.Abstractions.Applications;
using Kitty.Server.Hosting;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.Extensions.DependencyInjection;

namespace Kitty.Testing;

/// <summary>
/// A real Kitty node in this process: Kestrel on a free loopback port, its own silo ports, and a data
/// directory that may outlive it (so a test can stop a node and start another on the same data).
/// </summary>
public sealed class KittyServerInstance : IAsyncDisposable
{
    private readonly WebApplication _app;

    private KittyServerInstance(WebApplication app, string dataDirectory, Uri baseUrl, Application application)
    {
        _app = app;
        DataDirectory = dataDirectory;
        BaseUrl = baseUrl;
        Application = application;
    }

    public string DataDirectory { get; }
    public Uri BaseUrl { get; }
    public Application Application { get; }
    public ApplicationCredentials Credentials => TestCredentials.Default;
    public IServiceProvider Services => _app.Services;

    public static async Task<KittyServerInstance> StartAsync(string dataDirectory, params string[] extraArgs)
    {
        string[] args =
        [
            "--profile", "test",
            "--urls", "http://127.0.0.1:0",
            $"--Kitty:DataDirectory={dataDirectory}",
            $"--Kitty:Silo:SiloPort={FreePort.Next()}",
            $"--Kitty:Silo:GatewayPort={FreePort.Next()}",
            $"--Kitty:DefaultApplication:ApiKey={TestCredentials.Default.ApiKey}",
            $"--Kitty:DefaultApplication:ClientId={TestCredentials.Default.ClientId}",
            $"--Kitty:DefaultApplication:ClientSecret={TestCredentials.Default.ClientSecret}",
            .. extraArgs,
        ];
        var app = KittyServer.Build(args);
        await app.StartAsync();
        var address = app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First();
        var (application, _) = await app.Services.GetRequiredService<DefaultApplication>().Provisioned;
        return new KittyServerInstance(app, dataDirectory, new Uri(address), application);
    }

    public async ValueTask DisposeAsync()
    {
        await _app.StopAsync();
        await _app.DisposeAsync();
    }
}
