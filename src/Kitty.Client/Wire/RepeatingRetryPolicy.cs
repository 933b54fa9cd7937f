using Microsoft.AspNetCore.SignalR.Client;

namespace Kitty.Client.Wire;

/// <summary>Reconnects after the given delays, repeating the last one forever.</summary>
internal sealed class RepeatingRetryPolicy(IReadOnlyList<TimeSpan> delays) : IRetryPolicy
{
    public TimeSpan? NextRetryDelay(RetryContext retryContext) =>
        delays.Count == 0 ? null : delays[(int)Math.Min(retryContext.PreviousRetryCount, delays.Count - 1)];
}
