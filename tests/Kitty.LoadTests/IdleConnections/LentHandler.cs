namespace Kitty.LoadTests.IdleConnections;

/// <summary>
/// Sends through a handler shared by many clients, and leaves it open when its client disposes it (an
/// <c>HttpClient</c> disposes its handler, SignalR's connection the one its factory made).
/// </summary>
internal sealed class LentHandler(HttpMessageInvoker shared) : HttpMessageHandler
{
    protected override Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken) =>
        shared.SendAsync(request, cancellationToken);
}
