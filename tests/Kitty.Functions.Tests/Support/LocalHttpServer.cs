using System.Net;
using System.Net.Sockets;

namespace Kitty.Functions.Tests.Support;

/// <summary>A real HTTP server on a free loopback port; each request goes to the handler given.</summary>
internal sealed class LocalHttpServer : IAsyncDisposable
{
    private readonly HttpListener _listener = new();
    private readonly Func<HttpListenerContext, Task> _handler;
    private readonly CancellationTokenSource _stopping = new();
    private readonly Task _loop;

    public LocalHttpServer(Func<HttpListenerContext, Task> handler)
    {
        _handler = handler;
        var port = FreePort();
        BaseUrl = $"http://127.0.0.1:{port}/";
        _listener.Prefixes.Add(BaseUrl);
        _listener.Start();
        _loop = Task.Run(ServeAsync);
    }

    public string BaseUrl { get; }

    /// <summary>Completes when the server stops: handlers that must never answer wait on it.</summary>
    public CancellationToken Stopping => _stopping.Token;

    public async ValueTask DisposeAsync()
    {
        await _stopping.CancelAsync();
        // Close alone: after Stop, Close would register the prefix again and may collide with another test's port.
        _listener.Close();
        await _loop;
    }

    private async Task ServeAsync()
    {
        while (!_stopping.IsCancellationRequested)
        {
            HttpListenerContext context;
            try
            {
                context = await _listener.GetContextAsync();
            }
            catch (Exception) when (_stopping.IsCancellationRequested)
            {
                return;
            }

            _ = Task.Run(async () =>
            {
                try
                {
                    await _handler(context);
                    context.Response.Close();
                }
                catch (Exception)
                {
                    context.Response.Abort();
                }
            });
        }
    }

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }
}
