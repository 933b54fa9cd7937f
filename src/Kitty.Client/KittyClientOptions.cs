using Microsoft.AspNetCore.Http.Connections;
using Microsoft.AspNetCore.Http.Connections.Client;
using Microsoft.AspNetCore.SignalR.Client;

namespace Kitty.Client;

/// <summary>How a <see cref="KittyClient"/> connects.</summary>
public sealed class KittyClientOptions
{
    /// <summary>Use the MessagePack hub protocol instead of JSON.</summary>
    public bool UseMessagePack { get; set; }

    /// <summary>The transports SignalR may use (WebSockets, Server-Sent Events, Long Polling); all by default.</summary>
    public HttpTransportType Transports { get; set; } =
        HttpTransportType.WebSockets | HttpTransportType.ServerSentEvents | HttpTransportType.LongPolling;

    /// <summary>
    /// How long to wait before each reconnect attempt; the last delay repeats forever. Empty: no automatic
    /// reconnect. Default 0, 1, 2, 5, 10, 30 seconds.
    /// </summary>
    public IReadOnlyList<TimeSpan> ReconnectDelays { get; set; } =
        [TimeSpan.Zero, TimeSpan.FromSeconds(1), TimeSpan.FromSeconds(2), TimeSpan.FromSeconds(5), TimeSpan.FromSeconds(10), TimeSpan.FromSeconds(30)];

    /// <summary>Fill in <c>clientMessageId</c> of messages sent without one, so a retried send is not duplicated. On by default.</summary>
    public bool GenerateClientMessageIds { get; set; } = true;

    /// <summary>How many messages one catch-up request fetches at a time.</summary>
    public int CatchUpPageSize { get; set; } = 100;

    /// <summary>Makes the handler of HTTP requests (session start, negotiation, long polling), e.g. to add a proxy.</summary>
    public Func<HttpMessageHandler>? HttpMessageHandlerFactory { get; set; }

    /// <summary>Further SignalR connection settings (headers, WebSocket factory, …), applied last.</summary>
    public Action<HttpConnectionOptions>? ConfigureConnection { get; set; }

    /// <summary>Further hub connection settings (timeouts, keep-alive, logging), applied last.</summary>
    public Action<IHubConnectionBuilder>? ConfigureHubConnection { get; set; }
}
