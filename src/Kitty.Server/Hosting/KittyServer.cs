using Kitty.Abstractions.Realtime;
using Kitty.Api.Hosting;
using Kitty.Functions.Packages;
using Kitty.Grains.Hosting;
using Kitty.Storage.Hosting;
using Kitty.Storage.Options;

namespace Kitty.Server.Hosting;

/// <summary>
/// Builds one Kitty node: an Orleans silo with Kitty's grains and store, co-hosted with the front-end
/// (Platform API, and later the realtime hub). Tests build it the same way, with other arguments.
/// </summary>
public static class KittyServer
{
    public static WebApplication Build(string[] args, Action<WebApplicationBuilder>? configure = null)
    {
        var builder = WebApplication.CreateBuilder(ProfileConfiguration.TranslateProfileSwitch(args));
        ProfileConfiguration.AddProfile(builder.Configuration);
        configure?.Invoke(builder);

        var server = builder.Configuration.GetSection(KittyServerOptions.Section).Get<KittyServerOptions>() ?? new();
        var silo = builder.Configuration.GetSection(SiloOptions.Section).Get<SiloOptions>() ?? new();
        builder.Services.Configure<KittyServerOptions>(builder.Configuration.GetSection(KittyServerOptions.Section));
        builder.Services.Configure<DefaultApplicationOptions>(builder.Configuration.GetSection(DefaultApplicationOptions.Section));

        builder.Services.AddSqliteChatStore(builder.Configuration);
        builder.Services.Configure<ChatStoreOptions>(options => options.DataDirectory = server.DataDirectory);
        builder.Services.AddKittyGrains(server.NodeId);
        builder.Services.AddKittyNodeRoles([.. server.RoleList]);
        builder.Services.PostConfigure<RuntimePackagesOptions>(options =>
            options.Directory ??= Path.Combine(server.DataDirectory, "runtimes"));
        builder.UseOrleans(siloBuilder =>
        {
            siloBuilder.UseLocalhostClustering(silo.SiloPort, silo.GatewayPort, serviceId: silo.ServiceId, clusterId: silo.ClusterId);
            siloBuilder.AddSqliteGrainStorage(KittyStorage.Name);
            siloBuilder.AddKittyStreams(builder.Configuration);
            siloBuilder.AddSqliteGrainStorage(KittyStreams.PubSubStorageName);
        });

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
