using System.Net.Http.Json;

namespace Kitty.Client.Wire;

/// <summary>Starts user sessions over HTTP (<c>POST /rtm/sessions</c>) and keeps the token fresh.</summary>
internal sealed class SessionStarter(HttpClient http, Uri baseUri, string apiKey, string username, object? authParams)
{
    private static readonly TimeSpan RenewBefore = TimeSpan.FromMinutes(5);
    private SessionStartResponse? _current;
    private DateTimeOffset _expires;

    /// <summary>The latest session start.</summary>
    public SessionStartResponse Current => _current ?? throw new InvalidOperationException("No session has started.");

    public async Task<SessionStartResponse> StartAsync(CancellationToken cancellationToken)
    {
        var body = new { apiKey, username, authParams };
        using var response = await http.PostAsJsonAsync(new Uri(baseUri, "rtm/sessions"), body, KittyJson.Options, cancellationToken);
        if (!response.IsSuccessStatusCode) throw await HttpErrors.ReadAsync(response, cancellationToken);
        var started = await response.Content.ReadFromJsonAsync<SessionStartResponse>(KittyJson.Options, cancellationToken)
            ?? throw new KittyClientException(KittyErrorNames.UnknownError, "The session start answer was empty.");
        _current = started;
        _expires = DateTimeOffset.UtcNow.AddSeconds(started.ExpiresIn);
        return started;
    }

    /// <summary>The session token, renewed when it is about to expire (a reconnect after a day still works).</summary>
    public async Task<string?> TokenAsync()
    {
        if (_current is null || DateTimeOffset.UtcNow > _expires - RenewBefore)
        {
            await StartAsync(CancellationToken.None);
        }

        return _current!.Token;
    }
}
