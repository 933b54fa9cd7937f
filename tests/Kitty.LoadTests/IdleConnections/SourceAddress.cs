using System.Net;
using System.Net.Http;
using System.Net.Sockets;
using System.Net.WebSockets;

namespace Kitty.LoadTests.IdleConnections;

/// <summary>
/// One client source address (127.0.0.x): every socket its handler opens is bound to it before connecting, so
/// each address has the whole ephemeral port range to itself (bind with port 0 picks a port per local address).
/// One handler per address, shared by all the connections that use it: session POSTs and negotiations reuse its
/// pooled HTTP connections instead of each client keeping its own (two more file descriptors each, on both sides).
/// </summary>
internal sealed class SourceAddress : IDisposable
{
    private readonly SocketsHttpHandler _handler;
    private readonly HttpMessageInvoker _invoker;
    private int _socketsBound;

    public SourceAddress(IPAddress address)
    {
        Address = address;
        _handler = new SocketsHttpHandler { ConnectCallback = ConnectAsync };
        _invoker = new HttpMessageInvoker(_handler, disposeHandler: false);
    }

    public IPAddress Address { get; }

    /// <summary>Sockets the kernel bound to this address and connected (the client socket's local endpoint, read back).</summary>
    public int SocketsBound => Volatile.Read(ref _socketsBound);

    /// <summary>The shared handler, for a <see cref="ClientWebSocket"/> to connect through.</summary>
    public HttpMessageInvoker Invoker => _invoker;

    /// <summary>A handler for one client that sends through the shared one and leaves it open when that client disposes it.</summary>
    public HttpMessageHandler Lend() => new LentHandler(_invoker);

    /// <summary>A WebSocket connected from this address (the upgrade request goes through the shared handler).</summary>
    public async Task<WebSocket> ConnectWebSocketAsync(Uri uri, Action<ClientWebSocketOptions>? configure, CancellationToken cancellationToken)
    {
        var socket = new ClientWebSocket();
        try
        {
            configure?.Invoke(socket.Options);
            await socket.ConnectAsync(uri, _invoker, cancellationToken);
            return socket;
        }
        catch
        {
            socket.Dispose();
            throw;
        }
    }

    public void Dispose()
    {
        _invoker.Dispose();
        _handler.Dispose();
    }

    private async ValueTask<Stream> ConnectAsync(SocketsHttpConnectionContext context, CancellationToken cancellationToken)
    {
        var socket = new Socket(AddressFamily.InterNetwork, SocketType.Stream, ProtocolType.Tcp) { NoDelay = true };
        try
        {
            socket.Bind(new IPEndPoint(Address, 0));
            await socket.ConnectAsync(context.DnsEndPoint, cancellationToken);
            if (socket.LocalEndPoint is IPEndPoint local && local.Address.Equals(Address)) Interlocked.Increment(ref _socketsBound);
            return new NetworkStream(socket, ownsSocket: true);
        }
        catch
        {
            socket.Dispose();
            throw;
        }
    }
}
