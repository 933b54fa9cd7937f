using System.Net.WebSockets;
using Microsoft.AspNetCore.Http.Connections.Client;

namespace Kitty.LoadTests.IdleConnections;

/// <summary>
/// A SignalR <see cref="HttpConnectionOptions.WebSocketFactory"/> that connects from a source address, sending what
/// SignalR's own factory sends (the access token as a bearer header, the options' headers).
/// </summary>
internal static class BoundWebSockets
{
    public static Func<WebSocketConnectionContext, CancellationToken, ValueTask<WebSocket>> From(SourceAddress source) =>
        async (context, cancellationToken) =>
        {
            var token = context.Options.AccessTokenProvider is { } provider ? await provider() : null;
            return await source.ConnectWebSocketAsync(context.Uri, options =>
            {
                foreach (var (name, value) in context.Options.Headers) options.SetRequestHeader(name, value);
                if (!string.IsNullOrEmpty(token)) options.SetRequestHeader("Authorization", $"Bearer {token}");
            }, cancellationToken);
        };
}
