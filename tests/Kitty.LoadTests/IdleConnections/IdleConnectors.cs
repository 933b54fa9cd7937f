using Kitty.LoadTests.Targets;

namespace Kitty.LoadTests.IdleConnections;

/// <summary>The connector for a started target: the room scenarios' targets start and stop the servers, this only connects.</summary>
internal static class IdleConnectors
{
    public static IIdleConnector For(IFanoutTarget target, string runId, bool messagePack) => target switch
    {
        KittyFanoutTarget kitty => new KittyIdleConnector(kitty.Url, kitty.ApiKey, runId, messagePack),
        SignalRFanoutTarget hub => new SignalRIdleConnector(hub.Url),
        SocketIOFanoutTarget io => new SocketIOIdleConnector(io.Url),
        _ => throw new ArgumentException($"No idle connector for {target.Name}", nameof(target)),
    };
}
