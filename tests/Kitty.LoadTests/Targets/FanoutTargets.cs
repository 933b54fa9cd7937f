namespace Kitty.LoadTests.Targets;

/// <summary>Picks the fanout target of <see cref="LoadOptions.Target"/>, starting its server when self-hosted.</summary>
internal static class FanoutTargets
{
    public const string Kitty = "kitty", SignalR = "signalr", SocketIO = "socketio";

    public static async Task<IFanoutTarget> StartAsync(LoadOptions options)
    {
        switch (options.Target)
        {
            case SignalR when options.SelfHost:
                var hub = await SelfHostedSignalRBaseline.StartAsync();
                return new SignalRFanoutTarget(hub.HubUrl, hub);
            case SignalR:
                return new SignalRFanoutTarget(options.Url!, null);
            case SocketIO when options.SelfHost:
                var node = await NodeSocketIOServer.StartAsync(TimeSpan.FromSeconds(30));
                return new SocketIOFanoutTarget(node.Url, node);
            case SocketIO:
                return new SocketIOFanoutTarget(options.Url!, null);
            case Kitty when options.SelfHost:
                var server = await SelfHostedServer.StartAsync();
                options = options with { ClientId = options.ClientId ?? SelfHostedServer.ClientId, ClientSecret = options.ClientSecret ?? SelfHostedServer.ClientSecret };
                return new KittyFanoutTarget(options, server.Url, SelfHostedServer.ApiKey, server);
            default:
                return new KittyFanoutTarget(options, options.Url!, options.ApiKey!, null);
        }
    }
}
