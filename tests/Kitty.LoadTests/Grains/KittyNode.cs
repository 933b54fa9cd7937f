using Kitty.LoadTests.Servers;

namespace Kitty.LoadTests.Grains;

/// <summary>
/// A Kitty node for grain-level load: a child process (<c>--server-process</c>, pinned to <c>--server-cpus</c>) called
/// through an Orleans client at its gateway, as a front-end node calls its silos, or this process's own node
/// (<c>--self-host</c>) called through its grain factory, which skips the network and serialization.
/// </summary>
internal sealed class KittyNode : IAsyncDisposable
{
    private readonly IAsyncDisposable _server;
    private readonly OrleansGatewayClient? _client;

    private KittyNode(IAsyncDisposable server, OrleansGatewayClient? client, IGrainFactory grains, Uri url, long applicationId, int pid)
    {
        _server = server;
        _client = client;
        Grains = grains;
        Url = url;
        ApplicationId = applicationId;
        Pid = pid;
    }

    public IGrainFactory Grains { get; }
    public Uri Url { get; }
    public long ApplicationId { get; }
    public int Pid { get; }

    /// <summary>The node runs in the load generator's process: its CPU and memory include the callers'.</summary>
    public bool SharesProcess => Pid == Environment.ProcessId;

    /// <summary>How the calls reach the grains, for the report.</summary>
    public string Route => _client is null ? "in-process grain factory" : "Orleans client via the gateway";

    public static async Task<KittyNode> StartAsync(LoadOptions options)
    {
        if (!options.ServerProcess)
        {
            var server = await SelfHostedServer.StartAsync();
            return new KittyNode(server, null, server.Grains, server.Url, await server.ApplicationIdAsync(), Environment.ProcessId);
        }

        var process = await ServerProcess.StartServeAsync(Targets.FanoutTargets.Kitty, options.ServerCpus);
        try
        {
            var client = await OrleansGatewayClient.ConnectAsync(process.Gateway ?? throw new InvalidOperationException("serve printed no Orleans gateway"));
            return new KittyNode(process, client, client.Client, process.Url,
                process.ApplicationId ?? throw new InvalidOperationException("serve printed no application id"), process.Pid);
        }
        catch
        {
            await process.DisposeAsync();
            throw;
        }
    }

    public ProcessUsage Usage() => ProcessUsage.Read(Pid);

    public async ValueTask DisposeAsync()
    {
        if (_client is not null) await _client.DisposeAsync();
        await _server.DisposeAsync();
    }
}
