using Kitty.LoadTests.SocketIO;

namespace Kitty.LoadTests.Targets;

/// <summary>A member of the Socket.IO room that sends load messages.</summary>
internal sealed class SocketIOFanoutSession(SocketIOConnection connection, string room, FanoutCounters counters) : IFanoutSession
{
    public async Task SendAsync(string runId, int index)
    {
        try
        {
            await connection.EmitAsync("send", new { room, body = LoadMessage.Body(index), properties = LoadMessage.Properties(runId, index) });
        }
        catch (IOException e)
        {
            counters.SendError(index, e);
        }
    }

    public ValueTask DisposeAsync() => connection.DisposeAsync();
}
