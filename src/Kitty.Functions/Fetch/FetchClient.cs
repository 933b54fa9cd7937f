using System.Net;
using System.Net.Http;
using System.Text.Json;

namespace Kitty.Functions.Fetch;

/// <summary>
/// The host side of the scripts' <c>fetch</c>: http and https only, string bodies, a timeout bounded by what is left of
/// the invocation, a response size cap and no link-local addresses. Answers are JSON for <c>fetch.js</c>, failures
/// included (<c>{"error": ...}</c>), so a script sees a TypeError with a message and never a host exception.
/// </summary>
public sealed class FetchClient : IDisposable
{
    private readonly HttpClient _http;
    private readonly FunctionRunnerOptions _options;

    public FetchClient(FunctionRunnerOptions options)
    {
        _options = options;
        // No proxy: the guard must see the address it connects to. No cookies: nothing is shared between tenants.
        _http = new HttpClient(new SocketsHttpHandler
        {
            ConnectCallback = new FetchAddressGuard(options.FetchAllowsPrivateNetworks).ConnectAsync,
            UseProxy = false,
            UseCookies = false,
            AllowAutoRedirect = true,
            MaxAutomaticRedirections = 5,
            AutomaticDecompression = DecompressionMethods.All,
            PooledConnectionLifetime = TimeSpan.FromMinutes(1),
        })
        {
            Timeout = Timeout.InfiniteTimeSpan,
        };
    }

    /// <summary>Sends a request; <paramref name="headersJson"/> is a JSON array of [name, value] pairs.</summary>
    public async Task<string> SendAsync(
        string url, string method, string? headersJson, string? body, TimeSpan timeLeft, CancellationToken cancellationToken)
    {
        var timeout = timeLeft < _options.FetchTimeout ? timeLeft : _options.FetchTimeout;
        using var deadline = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        deadline.CancelAfter(timeout > TimeSpan.Zero ? timeout : TimeSpan.Zero);
        try
        {
            using var request = FetchRequests.Create(url, method, headersJson, body);
            using var response = await _http.SendAsync(request, HttpCompletionOption.ResponseHeadersRead, deadline.Token);
            var text = await FetchBodyReader.ReadAsync(response.Content, _options.MaxFetchResponseBytes, deadline.Token);
            return Answer(response, text);
        }
        catch (OperationCanceledException) when (!cancellationToken.IsCancellationRequested)
        {
            return Error($"fetch of '{url}' timed out after {timeout.TotalMilliseconds:0} ms.");
        }
        catch (OperationCanceledException)
        {
            return Error($"fetch of '{url}' was aborted: the invocation ended.");
        }
        catch (Exception exception) when (Find<FetchRefusedException>(exception) is { } refused)
        {
            return Error($"fetch of '{url}' was refused: {refused.Message}");
        }
        catch (HttpRequestException exception)
        {
            return Error($"fetch of '{url}' failed: {Describe(exception)}.");
        }
    }

    public void Dispose() => _http.Dispose();

    private static string Answer(HttpResponseMessage response, string body)
    {
        var headers = response.Headers.Concat(response.Content.Headers)
            .Select(h => new[] { h.Key.ToLowerInvariant(), string.Join(", ", h.Value) });
        return JsonSerializer.Serialize(new
        {
            status = (int)response.StatusCode,
            statusText = response.ReasonPhrase ?? "",
            url = response.RequestMessage?.RequestUri?.AbsoluteUri,
            headers,
            body,
        });
    }

    // Only the kind of failure is told, not the exception text, which may name the host's own sockets.
    private static string Describe(HttpRequestException exception) => exception.HttpRequestError switch
    {
        HttpRequestError.NameResolutionError => "the host name could not be resolved",
        HttpRequestError.ConnectionError => "the connection could not be made",
        HttpRequestError.SecureConnectionError => "the TLS connection could not be made",
        HttpRequestError.ResponseEnded => "the server closed the connection",
        HttpRequestError.InvalidResponse => "the server's response is not valid HTTP",
        _ => "the request could not be sent",
    };

    private static string Error(string message) => JsonSerializer.Serialize(new { error = message });

    private static T? Find<T>(Exception? exception) where T : Exception
    {
        for (; exception is not null; exception = exception.InnerException)
        {
            if (exception is T match) return match;
        }

        return null;
    }
}
