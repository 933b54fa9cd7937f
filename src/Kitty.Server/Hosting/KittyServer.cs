using Kitty.Api.Hosting;

namespace Kitty.Server.Hosting;

/// <summary>
/// Builds one Kitty node: the front-end (Platform API, realtime hub) co-hosted with an Orleans silo holding Kitty's
/// grains and store, or, with <c>Kitty:Roles=frontend</c>, joined to a cluster's silos as an Orleans client.
/// Tests build it the same way, with other arguments.
/// </summary>
public static class KittyServer
{
    /// <exception cref="NodeConfigurationException">The configuration asks for a node that cannot run.</exception>
    public static WebApplication Build(string[] args, Action<WebApplicationBuilder>? configure = null)
    {
        var builder = WebApplication.CreateBuilder(ProfileConfiguration.TranslateProfileSwitch(args));
        ProfileConfiguration.AddProfile(builder.Configuration);
        configure?.Invoke(builder);
        // ASP.NET Core reads Kestrel's endpoints from configuration but not its limits. Every connection holds a file
        // descriptor, and at RLIMIT_NOFILE the runtime aborts the whole node ("Out of memory.", exit 134) instead of
        // refusing one connection: Kestrel:Limits:MaxConcurrentUpgradedConnections (the WebSockets) below it keeps
        // the node up. Unset, as by default, there is no limit.
        builder.WebHost.ConfigureKestrel(kestrel => builder.Configuration.GetSection("Kestrel:Limits").Bind(kestrel.Limits));

        var server = builder.Configuration.GetSection(KittyServerOptions.Section).Get<KittyServerOptions>() ?? new();
        var silo = builder.Configuration.GetSection(SiloOptions.Section).Get<SiloOptions>() ?? new();
        var node = NodeConfiguration.Read(builder.Configuration, server);
        builder.Services.AddSingleton(node);
        builder.Services.Configure<KittyServerOptions>(builder.Configuration.GetSection(KittyServerOptions.Section));
        builder.Services.Configure<DefaultApplicationOptions>(builder.Configuration.GetSection(DefaultApplicationOptions.Section));

        if (node.IsFrontendOnly)
        {
            builder.AddKittyFrontend(node, silo);
        }
        else
        {
            builder.AddKittySilo(node, server, silo);
        }

        // After Orleans, so that the silo is up, or the client connected, when the default application is provisioned.
        builder.Services.AddSingleton<DefaultApplication>();
        builder.Services.AddHostedService<DefaultApplicationProvisioner>();
        builder.Services.AddKittyApi(builder.Configuration);

        var app = builder.Build();
        app.UseKittyApi();
        app.MapKittyApi();
        StartupBanner.PrintWhenStarted(app);
        return app;
    }
}
