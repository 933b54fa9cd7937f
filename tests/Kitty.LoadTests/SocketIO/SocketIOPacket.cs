using System.Globalization;
using System.Text.Json;

namespace Kitty.LoadTests.SocketIO;

/// <summary>
/// The text packets of Engine.IO v4 carrying Socket.IO v5, as much as a WebSocket-only client needs:
/// an Engine.IO type digit, then for a message (4) a Socket.IO type digit, an optional ack id and JSON.
/// </summary>
internal readonly record struct SocketIOPacket(char EngineType, char SocketType, int? AckId, string Json)
{
    public const char Open = '0', Close = '1', Ping = '2', Pong = '3', Message = '4';
    public const char Connect = '0', Disconnect = '1', Event = '2', Ack = '3', ConnectError = '4';

    public static SocketIOPacket Parse(string text)
    {
        if (text.Length == 0) throw new FormatException("An empty Engine.IO packet");
        if (text[0] != Message || text.Length < 2) return new SocketIOPacket(text[0], '\0', null, text[1..]);
        var i = 2;
        while (i < text.Length && char.IsAsciiDigit(text[i])) i++;
        int? ackId = i > 2 ? int.Parse(text.AsSpan(2, i - 2), CultureInfo.InvariantCulture) : null;
        return new SocketIOPacket(Message, text[1], ackId, text[i..]);
    }

    /// <summary>A <c>42</c> event packet, with an ack id when the sender wants an answer.</summary>
    public static string EventText(string name, object argument, int? ackId) =>
        $"42{ackId}{JsonSerializer.Serialize(new[] { name, argument })}";
}
