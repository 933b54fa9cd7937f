namespace Kitty.LoadTests.Churn;

/// <summary>
/// Kitty's user sessions as the Platform API lists them: after a churn run none may stay ACTIVE and every cycle's must
/// have ENDED. A disconnect ends its session on the server after the client has gone, so the check waits a little.
/// </summary>
internal sealed class LingeringSessions(HttpClient platform)
{
    private const string UserSessions = "/v1/user-sessions";
    private static readonly TimeSpan Patience = TimeSpan.FromSeconds(15);

    public async Task<(long Active, long Ended)> SettledAsync(long expectedEnded)
    {
        var until = DateTime.UtcNow + Patience;
        while (true)
        {
            var active = await PlatformApi.TotalAsync(platform, $"{UserSessions}?state=ACTIVE&size=1");
            var ended = await PlatformApi.TotalAsync(platform, $"{UserSessions}?state=ENDED&size=1");
            if ((active == 0 && ended >= expectedEnded) || DateTime.UtcNow > until) return (active, ended);
            await Task.Delay(TimeSpan.FromMilliseconds(50));
        }
    }
}
