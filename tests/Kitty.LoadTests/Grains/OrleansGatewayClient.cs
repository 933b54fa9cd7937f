using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;

namespace Kitty.LoadTests.Grains;

/// <summary>
/// An Orleans client of a lone Kitty node's gateway on loopback: the test profile's localhost clustering, so the client
/// only needs the port and the node's cluster names.
/// </summary>
internal sealed class OrleansGatewayClient : IAsyncDisposable
{
    private readonly IHost _host;

    private OrleansGatewayClient(IHost host) => _host = host;

    public IClusterClient Client => _host.Services.GetRequiredService<IClusterClient>();

    public static async Task<OrleansGatewayClient> ConnectAsync(OrleansGateway gateway)
    {
        var builder = Host.CreateApplicationBuilder(new HostApplicationBuilderSettings { DisableDefaults = true });
        builder.UseOrleansClient(client => client.UseLocalhostClustering(gateway.Port, gateway.ServiceId, gateway.ClusterId));
        var host = builder.Build();
        await host.StartAsync();
        return new OrleansGatewayClient(host);
    }

    public async ValueTask DisposeAsync()
    {
        await _host.StopAsync();
        _host.Dispose();
    }
}
