using Microsoft.AspNetCore.SignalR;
using Microsoft.AspNetCore.SignalR.Client;

namespace Kitty.LoadTests.Targets;

/// <summary>A member of the bare SignalR hub's room that sends load messages.</summary>
internal sealed class SignalRFanoutSession(HubConnection connection, string room, FanoutCounters counters) : IFanoutSession
{
    public async Task SendAsync(string runId, int index)
    {
        try
        {
            await connection.InvokeAsync<long>("Send", room, LoadMessage.Body(index), LoadMessage.Properties(runId, index));
        }
        catch (Exception e) when (e is HubException or InvalidOperationException or IOException)
        {
            counters.SendError(index, e);
        }
    }

    public ValueTask DisposeAsync() => connection.DisposeAsync();
}
