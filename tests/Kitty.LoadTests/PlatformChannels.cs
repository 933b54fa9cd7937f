using System.Net.Http.Json;
using System.Text.Json;

namespace Kitty.LoadTests;

/// <summary>Creates the run's channels with the Platform API (OAuth client credentials).</summary>
internal static class PlatformChannels
{
    public static async Task<long[]> CreatePublicAsync(Uri baseUrl, string clientId, string clientSecret, IReadOnlyList<string> names)
    {
        using var http = await PlatformApi.ConnectAsync(baseUrl, clientId, clientSecret);
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
