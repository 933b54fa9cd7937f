using System.Collections.Concurrent;
using System.Net.WebSockets;
using System.Text;
using System.Text.Json;

namespace Kitty.LoadTests.SocketIO;

/// <summary>
/// A minimal Socket.IO v5 client over one WebSocket (no long-polling, default namespace only): events out,
/// acknowledgements back, events in. One receive loop hands events over in the order they arrived.
/// </summary>
internal sealed class SocketIOConnection : IAsyncDisposable
{
    private readonly ClientWebSocket _socket = new();
    private readonly SemaphoreSlim _sendGate = new(1, 1);
    private readonly ConcurrentDictionary<int, TaskCompletionSource<JsonElement>> _acks = new();
    private readonly CancellationTokenSource _stop = new();
    private readonly Action<string, JsonElement> _onEvent;
    private Action? _onClosed;
    private readonly byte[] _receiveBuffer = new byte[8192];
    private Task _receiving = Task.CompletedTask;
    private int _nextAckId;

    private SocketIOConnection(Action<string, JsonElement> onEvent) => _onEvent = onEvent;

    /// <param name="url">The server, e.g. http://127.0.0.1:3000 (the path /socket.io/ is added).</param>
    /// <param name="onEvent">Called on the receive loop with each event's name and first argument, which is only valid during the call.</param>
    /// <param name="invoker">Connects the WebSocket through this handler (e.g. one binding a source address); a handler of its own when null.</param>
    /// <param name="onClosed">Called once if the server closes the connection or it fails (not when disposed).</param>
    public static async Task<SocketIOConnection> ConnectAsync(
        Uri url, Action<string, JsonElement> onEvent, CancellationToken cancellationToken, HttpMessageInvoker? invoker = null, Action? onClosed = null)
    {
        var connection = new SocketIOConnection(onEvent);
        try
        {
            var ws = new UriBuilder(url) { Scheme = url.Scheme == "https" ? "wss" : "ws", Path = "/socket.io/", Query = "EIO=4&transport=websocket" }.Uri;
            if (invoker is null) await connection._socket.ConnectAsync(ws, cancellationToken);
            else await connection._socket.ConnectAsync(ws, invoker, cancellationToken);
            var open = SocketIOPacket.Parse(await connection.ReceiveTextAsync(cancellationToken) ?? "");
            if (open.EngineType != SocketIOPacket.Open) throw new IOException($"Expected an Engine.IO open packet, got type {open.EngineType}");
            await connection.SendTextAsync("40", cancellationToken);
            var connected = SocketIOPacket.Parse(await connection.ReceiveTextAsync(cancellationToken) ?? "");
            if (connected.SocketType != SocketIOPacket.Connect) throw new IOException($"Socket.IO refused the connection: {connected.Json}");
        }
        catch
        {
            await connection.DisposeAsync();
            throw;
        }

        connection._onClosed = onClosed;
        connection._receiving = connection.ReceiveLoopAsync();
        return connection;
    }

    /// <summary>Connected, and neither closed by the server nor disposed.</summary>
    public bool IsOpen => _socket.State == WebSocketState.Open && !_receiving.IsCompleted;

    /// <summary>Emits an event and waits for the server's acknowledgement; returns its first argument (or an undefined element).</summary>
    public async Task<JsonElement> EmitAsync(string name, object argument, CancellationToken cancellationToken = default)
    {
        var id = Interlocked.Increment(ref _nextAckId);
        var ack = new TaskCompletionSource<JsonElement>(TaskCreationOptions.RunContinuationsAsynchronously);
        _acks[id] = ack;
        try
        {
            await SendTextAsync(SocketIOPacket.EventText(name, argument, id), cancellationToken);
            return await ack.Task.WaitAsync(cancellationToken);
        }
        finally
        {
            _acks.TryRemove(id, out _);
        }
    }

    public async ValueTask DisposeAsync()
    {
        await _stop.CancelAsync();
        if (_socket.State == WebSocketState.Open)
        {
            try
            {
                await _socket.CloseOutputAsync(WebSocketCloseStatus.NormalClosure, null, CancellationToken.None);
            }
            catch (WebSocketException)
            {
                // The server went first.
            }
        }

        await _receiving;
        _socket.Dispose();
        _stop.Dispose();
        _sendGate.Dispose();
    }

    private async Task ReceiveLoopAsync()
    {
        try
        {
            while (await ReceiveTextAsync(_stop.Token) is { } text)
            {
                var packet = SocketIOPacket.Parse(text);
                if (packet.EngineType == SocketIOPacket.Ping) await SendTextAsync("3", _stop.Token);
                else if (packet.EngineType == SocketIOPacket.Message) Dispatch(packet);
            }
        }
        catch (Exception e) when (e is OperationCanceledException or WebSocketException)
        {
            // Closed by DisposeAsync or by the server: the acks below fail.
        }
        catch (Exception e) when (e is JsonException or FormatException)
        {
            // A packet this client cannot read: stop rather than wait on acks that may never be matched.
            Console.Error.WriteLine($"Socket.IO: unreadable packet, closing: {e.Message}");
        }

        foreach (var ack in _acks.Values) ack.TrySetException(new IOException("The Socket.IO connection closed"));
        if (!_stop.IsCancellationRequested) _onClosed?.Invoke();
    }

    private void Dispatch(SocketIOPacket packet)
    {
        if (packet.SocketType is not (SocketIOPacket.Event or SocketIOPacket.Ack)) return;
        using var document = JsonDocument.Parse(packet.Json);
        var arguments = document.RootElement;
        if (packet.SocketType == SocketIOPacket.Ack)
        {
            if (packet.AckId is { } id && _acks.TryGetValue(id, out var ack))
            {
                ack.TrySetResult(arguments.GetArrayLength() > 0 ? arguments[0].Clone() : default);
            }

            return;
        }

        _onEvent(arguments[0].GetString() ?? "", arguments.GetArrayLength() > 1 ? arguments[1] : default);
    }

    private async Task SendTextAsync(string text, CancellationToken cancellationToken)
    {
        var bytes = Encoding.UTF8.GetBytes(text);
        await _sendGate.WaitAsync(cancellationToken);
        try
        {
            await _socket.SendAsync(bytes, WebSocketMessageType.Text, endOfMessage: true, cancellationToken);
        }
        finally
        {
            _sendGate.Release();
        }
    }

    /// <returns>One whole text message, or null once the server closed.</returns>
    private async Task<string?> ReceiveTextAsync(CancellationToken cancellationToken)
    {
        using var message = new MemoryStream();
        while (true)
        {
            var result = await _socket.ReceiveAsync(_receiveBuffer.AsMemory(), cancellationToken);
            if (result.MessageType == WebSocketMessageType.Close) return null;
            message.Write(_receiveBuffer, 0, result.Count);
            if (result.EndOfMessage) return Encoding.UTF8.GetString(message.GetBuffer(), 0, (int)message.Length);
        }
    }
}
