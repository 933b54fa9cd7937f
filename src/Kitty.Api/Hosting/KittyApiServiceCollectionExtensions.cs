using Kitty.Api.Auth;
using Kitty.Api.OpenApi;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;
using Kitty.Api.Hosting;
using Kitty.Api.Rtm.Connections;
using Kitty.Api.Rtm.Hosting;

namespace Microsoft.Extensions.DependencyInjection;

/// <summary>Registers the Kitty Platform REST API.</summary>
public static class KittyApiServiceCollectionExtensions
{
    /// <summary>
    /// Adds the Platform API's services: options (section <c>Kitty:Api</c>, validated at start), access
    /// tokens, the OpenAPI document, and the realtime API (session tokens, the hub, node feeds). The host must register an <see cref="IGrainFactory"/>.
    /// </summary>
    public static IServiceCollection AddKittyApi(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddOptions<KittyApiOptions>()
            .Bind(configuration.GetSection(KittyApiOptions.SectionName))
            .ValidateOnStart();
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IValidateOptions<KittyApiOptions>, KittyApiOptionsValidator>());
        services.AddOptions<ConnectionLeaseOptions>()
            .Bind(configuration.GetSection(ConnectionLeaseOptions.SectionName))
            .Validate(o => o.LeaseDuration >= TimeSpan.FromSeconds(3), $"{ConnectionLeaseOptions.SectionName}:LeaseDuration must be at least 3 seconds.")
            .ValidateOnStart();
        services.TryAddSingleton(TimeProvider.System);
        services.TryAddSingleton<TokenSigningKeyProvider>();
        services.TryAddSingleton<AccessTokenService>();
        services.AddKittyOpenApi();
        services.AddKittyRtm();
        return services;
    }
}
