using System.Net.Http.Headers;
using System.Text.Json;
using Xunit;

namespace Kitty.Testing;

/// <summary>
/// One real Kitty server per test collection, on a fresh data directory. Tests make fresh users and
/// channels (unique names) so they do not see each other.
/// </summary>
public sealed class KittyServerFixture : IAsyncLifetime
{
    private readonly TemporaryDirectory _data = new();
    private KittyServerInstance? _server;

    public KittyServerInstance Server => _server ?? throw new InvalidOperationException("The server has not started.");
    public Uri BaseUrl => Server.BaseUrl;

    public async Task InitializeAsync() => _server = await KittyServerInstance.StartAsync(_data.Path);

    public async Task DisposeAsync()
    {
        if (_server is not null) await _server.DisposeAsync();
        _data.Dispose();
    }

    /// <summary>An HTTP client for the server with no credentials.</summary>
    public HttpClient CreateAnonymousClient() => new() { BaseAddress = BaseUrl };

    /// <summary>An HTTP client holding a Platform API bearer token of the default application.</summary>
    public async Task<HttpClient> CreatePlatformClientAsync()
    {
        var client = CreateAnonymousClient();
        var token = await RequestTokenAsync(client, Server.Credentials.ClientId, Server.Credentials.ClientSecret);
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", token);
        return client;
    }

    public static async Task<string> RequestTokenAsync(HttpClient client, string clientId, string clientSecret)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, "/oauth/token")
        {
            Content = new FormUrlEncodedContent([new("grant_type", "client_credentials")]),
        };
        request.Headers.Authorization = new AuthenticationHeaderValue(
            "Basic", Convert.ToBase64String(System.Text.Encoding.UTF8.GetBytes($"{clientId}:{clientSecret}")));
        using var response = await client.SendAsync(request);
        response.EnsureSuccessStatusCode();
        using var body = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        return body.RootElement.GetProperty("access_token").GetString()!;
    }
}
