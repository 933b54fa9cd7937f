using System.Net.Http;
using System.Text;
using System.Text.Json;

namespace Kitty.Functions.Fetch;

/// <summary>Builds the HttpRequestMessage of a script's fetch, refusing what fetch does not allow.</summary>
internal static class FetchRequests
{
    public static HttpRequestMessage Create(string url, string method, string? headersJson, string? body)
    {
        if (!Uri.TryCreate(url, UriKind.Absolute, out var uri))
        {
            throw new FetchRefusedException($"'{url}' is not an absolute URL.");
        }

        if (uri.Scheme != Uri.UriSchemeHttp && uri.Scheme != Uri.UriSchemeHttps)
        {
            throw new FetchRefusedException($"only http and https URLs can be fetched, not {uri.Scheme}.");
        }

        if (string.IsNullOrWhiteSpace(method) || method.Any(c => !char.IsAsciiLetter(c)))
        {
            throw new FetchRefusedException($"'{method}' is not an HTTP method.");
        }

        var headers = Headers(headersJson).ToList();
        var request = new HttpRequestMessage(new HttpMethod(method.ToUpperInvariant()), uri);
        if (body is not null) request.Content = new StringContent(body, Encoding.UTF8);
        foreach (var (name, value) in headers)
        {
            if (request.Headers.TryAddWithoutValidation(name, value)) continue;
            if (request.Content is not null)
            {
                request.Content.Headers.Remove(name);
                request.Content.Headers.TryAddWithoutValidation(name, value);
            }
        }

        return request;
    }

    private static IEnumerable<(string Name, string Value)> Headers(string? headersJson)
    {
        if (string.IsNullOrEmpty(headersJson)) yield break;
        string[][]? pairs;
        try
        {
            pairs = JsonSerializer.Deserialize<string[][]>(headersJson);
        }
        catch (JsonException)
        {
            throw new FetchRefusedException("headers must be name and value strings.");
        }

        foreach (var pair in pairs ?? [])
        {
            if (pair is not [{ } name, { } value]) throw new FetchRefusedException("headers must be name and value strings.");
            yield return (name, value);
        }
    }
}
