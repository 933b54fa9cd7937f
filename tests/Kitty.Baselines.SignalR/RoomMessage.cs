using System.Text.Json;

namespace Kitty.Baselines.SignalR;

/// <summary>What the hub broadcasts: the sender's body and properties, and the room's sequence number.</summary>
public sealed record RoomMessage(string Room, long Seq, string Body, JsonElement Properties);
