using Microsoft.AspNetCore.Builder;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace Kitty.Baselines.SignalR;

/// <summary>Builds the baseline app; the load generator hosts it in its own process as it hosts Kitty.</summary>
public static class BaselineServer
{
    /// <param name="args">ASP.NET Core's command line; <c>--urls http://127.0.0.1:0</c> picks a free port.</param>
    public static WebApplication Build(string[] args)
    {
        var builder = WebApplication.CreateSlimBuilder(args);
        builder.Logging.SetMinimumLevel(LogLevel.Warning);
        builder.Services.AddSignalR();
        builder.Services.AddSingleton<RoomSequences>();
        var app = builder.Build();
        app.MapHub<BroadcastHub>(BroadcastHub.Path);
        return app;
    }
}
