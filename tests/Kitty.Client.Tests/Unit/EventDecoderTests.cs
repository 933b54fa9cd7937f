using System.Text.Json;
using Kitty.Client.Events;
using Kitty.Client.Models;

namespace Kitty.Client.Tests.Unit;

public sealed class EventDecoderTests
{
    private const string User = """{ "id": 7, "type": "PERSON", "name": "jane", "displayName": "Jane", "displayPictureUrl": "http://x/a.png", "isGuest": true, "presence": { "status": "AVAILABLE", "online": true }, "properties": { "team": "blue" } }""";

    [Fact]
    public void Decode_MessageCreated_IsAMessageWithItsSeq()
    {
        var envelope = Read($$"""
            { "type": "channel.message.created", "channelId": 42, "seq": 17,
              "resource": { "id": 5, "type": "TEXT", "channelId": 42, "body": "hi <@jane>", "user": {{User}},
                "mentions": [ { "type": "USER", "tag": "<@jane>", "startPosition": 3, "endPosition": 10, "user": {{User}} } ],
                "links": [], "createdTime": "2025-01-02T03:04:05.678Z", "nestedLevel": 0, "repliesCount": 0,
                "properties": { "sentAt": 123 }, "seq": 17 } }
            """);

        var message = Assert.IsType<Message>(EventDecoder.Decode(envelope));

        Assert.Equal((42L, 17L), (envelope.ChannelId!.Value, envelope.Seq!.Value));
        Assert.Equal(17, message.Seq);
        Assert.Equal("hi <@jane>", message.Body);
        Assert.Equal("Jane", message.User!.DisplayName);
        Assert.True(message.User.Presence!.Online);
        Assert.Equal("jane", Assert.Single(message.Mentions!).User!.Name);
        Assert.Equal(123, message.Properties.GetProperty("sentAt").GetInt32());
    }

    [Fact]
    public void Decode_MessageWithoutSeq_TakesTheEnvelopeSeq()
    {
        var envelope = Read("""
            { "type": "channel.message.created", "channelId": 42, "seq": 9,
              "resource": { "id": 5, "type": "FILE", "channelId": 42, "createdTime": "2025-01-02T03:04:05Z", "properties": {},
                "file": { "type": "EXTERNAL", "url": "http://x/f.pdf", "name": "f.pdf", "contentType": "application/pdf", "size": 10 } } }
            """);

        var message = Assert.IsType<Message>(EventDecoder.Decode(envelope));

        Assert.Equal(9, message.Seq);
        Assert.Equal("f.pdf", message.File!.Name);
    }

    [Theory]
    [InlineData("thread.typing.started")]
    [InlineData("channel.participant.active")]
    [InlineData("participant.presence.changed")]
    [InlineData("channel.member.joined")]
    public void Decode_UserEvents_AreUsers(string type)
    {
        var user = Assert.IsType<User>(EventDecoder.Decode(Read($$"""{ "type": "{{type}}", "channelId": 1, "resource": {{User}} }""")));

        Assert.Equal(7, user.Id);
        Assert.Equal("PERSON", user.Type);
    }

    [Fact]
    public void Decode_Keystrokes_AreKeystrokes()
    {
        var keys = Assert.IsType<Keystrokes>(EventDecoder.Decode(Read("""{ "type": "thread.keystrokes.created", "channelId": 1, "resource": { "username": "jane", "keys": "hel" } }""")));

        Assert.Equal(new Keystrokes("jane", "hel"), keys);
    }

    [Fact]
    public void Decode_ReadReceipt_CarriesTheEnvelopeMessage()
    {
        var envelope = Read($$"""
            { "type": "message.read_receipt.created", "channelId": 1,
              "resource": { "user": {{User}}, "createdTime": "2025-01-02T03:04:05Z", "messageId": 5 },
              "message": { "id": 5, "type": "TEXT", "channelId": 1, "body": "x", "createdTime": "2025-01-02T03:04:05Z", "properties": {}, "seq": 3 } }
            """);

        var receipt = Assert.IsType<ReadReceipt>(EventDecoder.Decode(envelope));

        Assert.Equal(5, receipt.MessageId);
        Assert.Equal(3, receipt.Message!.Seq);
    }

    [Fact]
    public void Decode_Channel_AndCustomEvent()
    {
        var channel = Assert.IsType<Channel>(EventDecoder.Decode(Read("""
            { "type": "user.channel.joined", "resource": { "type": "PUBLIC", "id": 3, "name": "general", "displayName": "General", "createdTime": "2025-01-02T03:04:05Z", "properties": {} } }
            """)));
        var custom = Assert.IsType<ChannelEvent>(EventDecoder.Decode(Read($$"""
            { "type": "channel.event.triggered", "channelId": 3, "resource": { "type": "poll", "user": {{User}}, "properties": { "q": 1 } } }
            """)));

        Assert.Equal(("PUBLIC", "general"), (channel.Type, channel.Name));
        Assert.Equal("poll", custom.Type);
    }

    [Fact]
    public void Decode_Notification_IsANotification()
    {
        var notification = Assert.IsType<Notification>(EventDecoder.Decode(Read("""
            { "type": "user.notification.created", "resource": { "id": 1, "title": "New message", "body": "hi", "channel": null,
              "data": { "type": "USER:SENT:MESSAGE", "channelId": 3 }, "muted": false, "createdTime": "2025-01-02T03:04:05Z", "readTime": null } }
            """)));

        Assert.Equal("USER:SENT:MESSAGE", notification.Data!.Type);
    }

    [Fact]
    public void Decode_UnknownType_IsNull()
    {
        Assert.Null(EventDecoder.Decode(Read("""{ "type": "application.styles.updated", "resource": {} }""")));
    }

    [Fact]
    public void ReadEnvelope_TakesEveryScopeField_AndNullsAsAbsent()
    {
        var envelope = Read("""
            { "type": "call.signal.sent", "resource": { "a": 1 }, "channelId": 42, "threadId": null, "seq": 3, "callId": 8,
              "message": { "id": 5 } }
            """);

        Assert.Equal("call.signal.sent", envelope.Type);
        Assert.Equal(1, envelope.Resource.GetProperty("a").GetInt32());
        Assert.Equal((42L, (long?)null, 3L, 8L), (envelope.ChannelId!.Value, envelope.ThreadId, envelope.Seq!.Value, envelope.CallId!.Value));
        Assert.Equal(5, envelope.Message!.Value.GetProperty("id").GetInt32());
    }

    [Theory]
    [InlineData("""{ "resource": {} }""")]
    [InlineData("""{ "type": 5, "resource": {} }""")]
    [InlineData("""[ "channel.message.created" ]""")]
    [InlineData("""{ "type": "channel.message.created", "resource": {}, "channelId": "42" }""")]
    public void ReadEnvelope_WithoutATypeOrWithABadId_IsAnError(string json) =>
        Assert.Throws<JsonException>(() => EventDecoder.ReadEnvelope(JsonDocument.Parse(json).RootElement));

    [Fact]
    public void ForCaughtUpMessage_LooksLikeTheLiveEnvelope()
    {
        var message = Messages.At(4);

        var envelope = EventDecoder.ForCaughtUpMessage(message);

        Assert.Equal((KittyEventTypes.MessageCreated, 42L, 4L), (envelope.Type, envelope.ChannelId!.Value, envelope.Seq!.Value));
        Assert.Equal(message.Id, Assert.IsType<Message>(EventDecoder.Decode(envelope)).Id);
    }

    private static KittyEvent Read(string json)
    {
        using var document = JsonDocument.Parse(json);
        return EventDecoder.ReadEnvelope(document.RootElement.Clone());
    }
}
