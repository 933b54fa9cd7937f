using Kitty.Client;
using Kitty.Client.Requests;

namespace Kitty.LoadTests.Targets;

/// <summary>A Kitty chat session that sends load messages.</summary>
internal sealed class KittyFanoutSession(KittyClient client, long channelId, FanoutCounters counters) : IFanoutSession
{
    /// <summary>Retries with the same clientMessageId (so never twice) after rate limits and drops.</summary>
    public async Task SendAsync(string runId, int index)
    {
        var request = new SendMessageRequest(
            ChannelId: channelId, Body: LoadMessage.Body(index), Properties: LoadMessage.Properties(runId, index),
            ClientMessageId: $"{runId}-{index}");
        for (var attempt = 1; ; attempt++)
        {
            try
            {
                await client.SendMessageAsync(request);
                return;
            }
            catch (KittyClientException e) when (e.IsRateLimited)
            {
                counters.RateLimitRetry();
                await Task.Delay(e.CoolOffDuration ?? TimeSpan.FromSeconds(1));
            }
            catch (KittyClientException e) when (e.ErrorName == KittyErrorNames.ConnectionError && attempt < 5)
            {
                await Task.Delay(TimeSpan.FromMilliseconds(200 * attempt));
            }
            catch (KittyClientException e)
            {
                counters.SendError(index, new InvalidOperationException($"{e.ErrorName}: {e.Message}", e));
                return;
            }
        }
    }

    public ValueTask DisposeAsync() => client.DisposeAsync();
}
