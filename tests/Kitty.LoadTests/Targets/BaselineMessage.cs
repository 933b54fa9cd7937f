using System.Text.Json;

namespace Kitty.LoadTests.Targets;

/// <summary>What both baselines broadcast to a room: the sender's body and properties with the room's seq.</summary>
internal sealed record BaselineMessage(string Room, long Seq, string Body, JsonElement Properties);
