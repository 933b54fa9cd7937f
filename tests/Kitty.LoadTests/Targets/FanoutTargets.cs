using Kitty.LoadTests.Servers;

namespace Kitty.LoadTests.Targets;

/// <summary>
/// Picks the target of <see cref="LoadOptions.Target"/>, starting its server when the run hosts it: in this process
/// (<c>--self-host</c>) or as a child pinned to <c>--server-cpus</c> (<c>--server-process</c>).
/// </summary>
internal static class FanoutTargets
{
    public const string Kitty = "kitty", SignalR = "signalr", SocketIO = "socketio";

    public static async Task<IFanoutTarget> StartAsync(LoadOptions options)
    {
        var here = Environment.ProcessId;
        switch (options.Target)
        {
            case SignalR when options.ServerProcess:
                var hubProcess = await ServerProcess.StartServeAsync(SignalR, options.ServerCpus);
                return new SignalRFanoutTarget(hubProcess.Url, new SelfHostedTarget(hubProcess.Pid, hubProcess));
            case SignalR when options.SelfHost:
                var hub = await SelfHostedSignalRBaseline.StartAsync();
                return new SignalRFanoutTarget(hub.HubUrl, new SelfHostedTarget(here, hub));
            case SignalR:
                return new SignalRFanoutTarget(options.Url!, SelfHostedTarget.Remote);
            case SocketIO when options.SelfHost || options.ServerProcess:
                var node = await NodeSocketIOServer.StartAsync(TimeSpan.FromSeconds(30), options.ServerCpus);
                return new SocketIOFanoutTarget(new Uri(node.Url, "/"), new SelfHostedTarget(node.Pid, node));
            case SocketIO:
                return new SocketIOFanoutTarget(options.Url!, SelfHostedTarget.Remote);
            case Kitty when options.SelfHost || options.ServerProcess:
                var withCredentials = options with
                {
                    ClientId = options.ClientId ?? SelfHostedServer.ClientId,
                    ClientSecret = options.ClientSecret ?? SelfHostedServer.ClientSecret,
                };
                if (options.ServerProcess)
                {
                    var kittyProcess = await ServerProcess.StartServeAsync(Kitty, options.ServerCpus);
                    return new KittyFanoutTarget(withCredentials, kittyProcess.Url, SelfHostedServer.ApiKey, new SelfHostedTarget(kittyProcess.Pid, kittyProcess));
                }

                var server = await SelfHostedServer.StartAsync();
                return new KittyFanoutTarget(withCredentials, server.Url, SelfHostedServer.ApiKey, new SelfHostedTarget(here, server));
            default:
                return new KittyFanoutTarget(options, options.Url!, options.ApiKey!, SelfHostedTarget.Remote);
        }
    }
}
