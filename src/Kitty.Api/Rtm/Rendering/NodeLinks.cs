using Kitty.Api.Hal;
using Kitty.Api.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace Kitty.Api.Rtm.Rendering;

/// <summary>
/// This node's public base URL for realtime resources (events are rendered once per node, not per request):
/// <see cref="KittyApiOptions.PublicBaseUrl"/>, else the server's first listening address.
/// </summary>
internal sealed class NodeLinks(IOptions<KittyApiOptions> options, IServiceProvider services)
{
    private ApiLinks? links;

    public ApiLinks Current => links ??= new ApiLinks(BaseUrl());

    private string BaseUrl()
    {
        if (!string.IsNullOrWhiteSpace(options.Value.PublicBaseUrl))
        {
            return options.Value.PublicBaseUrl;
        }

        var address = services.GetService<IServer>()?.Features.Get<IServerAddressesFeature>()?.Addresses.FirstOrDefault()
            ?? "http://localhost";
        return address.Replace("://+", "://localhost", StringComparison.Ordinal)
            .Replace("://*", "://localhost", StringComparison.Ordinal)
            .Replace("://0.0.0.0", "://localhost", StringComparison.Ordinal)
            .Replace("://[::]", "://localhost", StringComparison.Ordinal);
    }
}
