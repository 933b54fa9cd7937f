using Kitty.LoadTests.SocketIO;

namespace Kitty.EndToEnd.Tests.Load;

/// <summary>The Engine.IO v4 / Socket.IO v5 text packets the load generator's Socket.IO client reads and writes.</summary>
public sealed class SocketIOPacketTests
{
    [Fact]
    public void Parse_OpenPacket_KeepsItsHandshakeJson()
    {
        var packet = SocketIOPacket.Parse("""0{"sid":"a","pingInterval":25000}""");
        Assert.Equal(SocketIOPacket.Open, packet.EngineType);
        Assert.Equal("""{"sid":"a","pingInterval":25000}""", packet.Json);
    }

    [Fact]
    public void Parse_Ping_IsAnEnginePacketWithoutPayload()
    {
        var packet = SocketIOPacket.Parse("2");
        Assert.Equal((SocketIOPacket.Ping, ""), (packet.EngineType, packet.Json));
    }

    [Fact]
    public void Parse_EventWithoutAckId_HasNoAckId()
    {
        var packet = SocketIOPacket.Parse("""42["message",{"seq":7}]""");
        Assert.Equal((SocketIOPacket.Message, SocketIOPacket.Event, (int?)null), (packet.EngineType, packet.SocketType, packet.AckId));
        Assert.Equal("""["message",{"seq":7}]""", packet.Json);
    }

    [Fact]
    public void Parse_AckWithMultiDigitId_ReadsTheWholeId()
    {
        var packet = SocketIOPacket.Parse("43123[5]");
        Assert.Equal((SocketIOPacket.Ack, (int?)123, "[5]"), (packet.SocketType, packet.AckId, packet.Json));
    }

    [Fact]
    public void Parse_ConnectAnswer_IsSocketConnect()
    {
        Assert.Equal(SocketIOPacket.Connect, SocketIOPacket.Parse("""40{"sid":"b"}""").SocketType);
    }

    [Fact]
    public void EventText_WithAckId_PutsTheIdBetweenTypeAndArguments()
    {
        Assert.Equal("""4212["send",{"room":"r"}]""", SocketIOPacket.EventText("send", new { room = "r" }, 12));
        Assert.Equal("""42["join","r"]""", SocketIOPacket.EventText("join", "r", null));
    }
}
