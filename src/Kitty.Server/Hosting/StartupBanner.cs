using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;

namespace Kitty.Server.Hosting;

/// <summary>
/// Tells whoever started the node where it listens and how to use it: the one place a secret is printed,
/// on purpose, to the console of the operator who owns it (never to the logs).
/// </summary>
public static class StartupBanner
{
    public static void PrintWhenStarted(WebApplication app) =>
        app.Lifetime.ApplicationStarted.Register(() => _ = PrintAsync(app));

    private static async Task PrintAsync(WebApplication app)
    {
        var addresses = app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()?.Addresses ?? [];
        var (application, credentials) = await app.Services.GetRequiredService<DefaultApplication>().Provisioned;
        var url = addresses.FirstOrDefault() ?? "(no address)";
        Console.WriteLine($"""

            Kitty is running at {url}
              API reference:           {url}/docs
              Default application:     {application.Id}
              API key:                 {credentials.ApiKey}
              Platform API client id:  {credentials.ClientId}
              Platform API secret:     {credentials.ClientSecret}
              Token endpoint:          {url}/oauth/token

            """);
    }
}
