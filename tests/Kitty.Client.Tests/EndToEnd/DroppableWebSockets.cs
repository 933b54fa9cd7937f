using System.Net.WebSockets;
using Microsoft.AspNetCore.Http.Connections;
using Microsoft.AspNetCore.Http.Connections.Client;

namespace Kitty.Client.Tests.EndToEnd;

/// <summary>
/// A WebSocket factory for a client's hub connection that lets a test cut the connection and hold the
/// reconnect back until it has done what should happen while the client is away.
/// </summary>
internal sealed class DroppableWebSockets
{
    private readonly Lock _lock = new();
    private ClientWebSocket? _current;
    private TaskCompletionSource _open = Opened();
    private TaskCompletionSource _connected = new(TaskCreationOptions.RunContinuationsAsynchronously);

    /// <summary>Client options that connect through this factory (WebSockets only).</summary>
    public KittyClientOptions Options() => new()
    {
        Transports = HttpTransportType.WebSockets,
        ReconnectDelays = [TimeSpan.Zero],
        ConfigureConnection = http =>
        {
            http.SkipNegotiation = true;
            http.WebSocketFactory = ConnectAsync;
        },
    };

    /// <summary>Cuts the connection; reconnects wait until <see cref="AllowReconnect"/>.</summary>
    public void Drop()
    {
        lock (_lock)
        {
            _open = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
            _connected = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
            _current?.Abort();
        }
    }

    /// <summary>Lets the client reconnect; completes when its new WebSocket is open.</summary>
    public Task AllowReconnect()
    {
        lock (_lock)
        {
            _open.TrySetResult();
            return _connected.Task;
        }
    }

    private async ValueTask<WebSocket> ConnectAsync(WebSocketConnectionContext context, CancellationToken cancellationToken)
    {
        Task open;
        TaskCompletionSource connected;
        lock (_lock)
        {
            open = _open.Task;
            connected = _connected;
        }

        await open.WaitAsync(cancellationToken);
        var socket = new ClientWebSocket();
        if (context.Options.AccessTokenProvider is { } token && await token() is { } bearer)
        {
            socket.Options.SetRequestHeader("Authorization", $"Bearer {bearer}");
        }

        await socket.ConnectAsync(context.Uri, cancellationToken);
        lock (_lock) _current = socket;
        connected.TrySetResult();
        return socket;
    }

    private static TaskCompletionSource Opened()
    {
        var open = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        open.SetResult();
        return open;
    }
}
