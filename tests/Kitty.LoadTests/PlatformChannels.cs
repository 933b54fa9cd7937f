using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;

namespace Kitty.LoadTests;

/// <summary>Creates the run's channels with the Platform API (OAuth client credentials).</summary>
internal static class PlatformChannels
{
    public static async Task<long[]> CreatePublicAsync(Uri baseUrl, string clientId, string clientSecret, IReadOnlyList<string> names)
    {
        using var http = new HttpClient { BaseAddress = baseUrl };
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

        var ids = new long[names.Count];
        await Parallel.ForAsync(0, names.Count, new ParallelOptions { MaxDegreeOfParallelism = 8 }, async (i, cancellationToken) =>
        {
            using var created = await http.PostAsJsonAsync("/v1/channels", new { type = "PUBLIC", name = names[i], displayName = names[i] }, cancellationToken);
            created.EnsureSuccessStatusCode();
            using var channel = JsonDocument.Parse(await created.Content.ReadAsStringAsync(cancellationToken));
            ids[i] = channel.RootElement.GetProperty("id").GetInt64();
        });
        return ids;
    }
}
