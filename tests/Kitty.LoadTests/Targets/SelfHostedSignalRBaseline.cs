using Kitty.Baselines.SignalR;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.Extensions.DependencyInjection;

namespace Kitty.LoadTests.Targets;

/// <summary>The bare SignalR hub in this process, as <see cref="SelfHostedServer"/> hosts Kitty: the same sharing of the machine.</summary>
internal sealed class SelfHostedSignalRBaseline : IAsyncDisposable
{
    private readonly WebApplication _app;

    private SelfHostedSignalRBaseline(WebApplication app, Uri hubUrl)
    {
        _app = app;
        HubUrl = hubUrl;
    }

    public Uri HubUrl { get; }

    public static async Task<SelfHostedSignalRBaseline> StartAsync()
    {
        var app = BaselineServer.Build(["--urls", "http://127.0.0.1:0"]);
        await app.StartAsync();
        var address = app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First();
        return new SelfHostedSignalRBaseline(app, new Uri(new Uri(address), BroadcastHub.Path));
    }

    public async ValueTask DisposeAsync()
    {
        await _app.StopAsync();
        await _app.DisposeAsync();
    }
}
