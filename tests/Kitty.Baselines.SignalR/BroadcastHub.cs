using System.Text.Json;
using Microsoft.AspNetCore.SignalR;

namespace Kitty.Baselines.SignalR;

/// <summary>Join a room, send to a room: the least a chat server does, over the same transport as Kitty.</summary>
public sealed class BroadcastHub(RoomSequences sequences) : Hub
{
    public const string Path = "/broadcast";

    public Task Join(string room) => Groups.AddToGroupAsync(Context.ConnectionId, room);

    /// <returns>The message's sequence number in its room.</returns>
    public Task<long> Send(string room, string body, JsonElement properties) =>
        sequences.NextAsync(room, seq => Clients.Group(room).SendAsync("Message", new RoomMessage(room, seq, body, properties)));
}
