using System.Net.Http.Headers;
using System.Text;
using System.Text.Json;

namespace Kitty.LoadTests;

/// <summary>An HTTP client of Kitty's Platform API holding a bearer token (OAuth client credentials).</summary>
internal static class PlatformApi
{
    public static async Task<HttpClient> ConnectAsync(Uri baseUrl, string clientId, string clientSecret)
    {
        var http = new HttpClient { BaseAddress = baseUrl };
        try
        {
            using var tokenRequest = new HttpRequestMessage(HttpMethod.Post, "/oauth/token")
            {
                Content = new FormUrlEncodedContent([new("grant_type", "client_credentials")]),
            };
            tokenRequest.Headers.Authorization = new AuthenticationHeaderValue(
                "Basic", Convert.ToBase64String(Encoding.UTF8.GetBytes($"{clientId}:{clientSecret}")));
            using var tokenResponse = await http.SendAsync(tokenRequest);
            tokenResponse.EnsureSuccessStatusCode();
            using var token = JsonDocument.Parse(await tokenResponse.Content.ReadAsStringAsync());
            http.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", token.RootElement.GetProperty("access_token").GetString());
            return http;
        }
        catch
        {
            http.Dispose();
            throw;
        }
    }

    /// <summary>How many elements an offset-paged listing (e.g. <c>/v1/user-sessions?state=ACTIVE</c>) has in all.</summary>
    public static async Task<long> TotalAsync(HttpClient http, string pathAndQuery)
    {
        using var response = await http.GetAsync(pathAndQuery);
        response.EnsureSuccessStatusCode();
        using var page = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        return page.RootElement.GetProperty("page").GetProperty("totalElements").GetInt64();
    }
}
