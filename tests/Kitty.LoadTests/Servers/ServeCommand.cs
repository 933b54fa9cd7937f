using Kitty.LoadTests.Targets;

namespace Kitty.LoadTests.Servers;

/// <summary>
/// <c>serve --target kitty|signalr</c>: hosts one target's server in this process, prints its URL and stays up until
/// standard input closes. <see cref="ServerProcess"/> runs the load generator's own build this way, so the server
/// gets its own process (and cores) while configured exactly as the in-process self-host.
/// </summary>
internal static class ServeCommand
{
    public const string ListeningPrefix = "Listening on ";
    /// <summary>Kitty's Orleans gateway port and default application id, printed before the URL for grain-level load.</summary>
    public const string GatewayPrefix = "Orleans gateway (port, cluster, service) ", ApplicationPrefix = "Default application id ";

    public static async Task<int> RunAsync(LoadOptions options)
    {
        await using IAsyncDisposable server = options.Target switch
        {
            FanoutTargets.SignalR => await SelfHostedSignalRBaseline.StartAsync(),
            _ => await SelfHostedServer.StartAsync(),
        };
        var url = server switch
        {
            SelfHostedSignalRBaseline hub => hub.HubUrl,
            SelfHostedServer kitty => kitty.Url,
            _ => throw new InvalidOperationException("unknown server"),
        };
        if (server is SelfHostedServer node)
        {
            Console.WriteLine(GatewayPrefix + node.Gateway);
            Console.WriteLine(ApplicationPrefix + (await node.ApplicationIdAsync()).ToString(System.Globalization.CultureInfo.InvariantCulture));
        }

        Console.WriteLine(ListeningPrefix + url);
        // The parent closes our standard input to stop us; reading to the end waits for that.
        await Console.In.ReadToEndAsync();
        return 0;
    }
}
