using System.Text.Json;
using Kitty.Client.Events;
using Kitty.Client.Models;

namespace Kitty.Client.Tests.Unit;

/// <summary>Decoding the envelopes of reactions, hidden channels, participant typing, contacts and notifications.</summary>
public sealed class ReadStateEventDecoderTests
{
    private const string User = """{ "id": 7, "type": "PERSON", "name": "jane", "displayName": "Jane", "isGuest": false, "presence": { "status": "AVAILABLE", "online": true }, "properties": {} }""";
    private const string Emoji = """{ "character": "👍", "description": "thumbs up", "aliases": [ "+1", "thumbsup" ], "tags": [] }""";
    private const string Channel = """{ "type": "DIRECT", "id": 3, "createdTime": "2025-01-02T03:04:05Z", "members": [], "properties": {} }""";

    private static string MessageJson(long id, long seq, string? reactions = null) => $$"""
        { "id": {{id}}, "type": "TEXT", "channelId": 3, "body": "ship it", "user": {{User}}, "mentions": [], "links": [],
          "createdTime": "2025-01-02T03:04:05Z", "nestedLevel": 0, "repliesCount": 0, "properties": {}, "seq": {{seq}}
          {{(reactions is null ? "" : $", \"reactions\": {reactions}")}} }
        """;

    [Theory]
    [InlineData("message.reaction.created")]
    [InlineData("message.reaction.removed")]
    public void Decode_Reaction_CarriesItsEmojiUserAndTheEnvelopeMessage(string type)
    {
        var envelope = Read($$"""
            { "type": "{{type}}", "channelId": 3,
              "resource": { "emoji": {{Emoji}}, "user": {{User}}, "createdTime": "2025-01-02T03:04:05.5Z" },
              "message": {{MessageJson(5, 11)}} }
            """);

        var reaction = Assert.IsType<Reaction>(EventDecoder.Decode(envelope));

        Assert.Equal(("👍", "thumbs up"), (reaction.Emoji.Character, reaction.Emoji.Description));
        Assert.Equal(["+1", "thumbsup"], reaction.Emoji.Aliases!);
        Assert.Equal(7, reaction.User.Id);
        Assert.Equal(new DateTimeOffset(2025, 1, 2, 3, 4, 5, 500, TimeSpan.Zero), reaction.CreatedTime);
        Assert.Equal((5L, 11L), (reaction.Message!.Id, reaction.Message.Seq));
    }

    [Fact]
    public void Decode_Reaction_WithoutAnEnvelopeMessage_HasNone()
    {
        var envelope = Read($$"""{ "type": "message.reaction.created", "resource": { "emoji": {{Emoji}}, "user": {{User}}, "createdTime": "2025-01-02T03:04:05Z" } }""");

        Assert.Null(Assert.IsType<Reaction>(EventDecoder.Decode(envelope)).Message);
    }

    [Fact]
    public void Decode_MessageUpdated_CarriesTheReactionSummaries()
    {
        var envelope = Read($$"""
            { "type": "channel.message.updated", "channelId": 3, "seq": 11,
              "resource": {{MessageJson(5, 11, $$"""[ { "emoji": {{Emoji}}, "count": 2, "users": [ {{User}}, {{User}} ] } ]""")}} }
            """);

        var message = Assert.IsType<Message>(EventDecoder.Decode(envelope));

        var summary = Assert.Single(message.Reactions!);
        Assert.Equal(("👍", 2), (summary.Emoji.Character, summary.Count));
        Assert.Equal([7L, 7L], summary.Users.Select(u => u.Id));
    }

    [Fact]
    public void Decode_MessageWithoutReactions_HasNoSummaries()
    {
        var message = Assert.IsType<Message>(EventDecoder.Decode(Read($$"""{ "type": "channel.message.created", "channelId": 3, "seq": 1, "resource": {{MessageJson(5, 1)}} }""")));

        Assert.Null(message.Reactions);
    }

    [Theory]
    [InlineData("user.channel.hidden")]
    [InlineData("user.channel.unhidden")]
    public void Decode_HiddenAndUnhidden_AreChannels(string type)
    {
        var channel = Assert.IsType<Channel>(EventDecoder.Decode(Read($$"""{ "type": "{{type}}", "channelId": 3, "resource": {{Channel}} }""")));

        Assert.Equal((3L, "DIRECT"), (channel.Id, channel.Type));
    }

    [Theory]
    [InlineData("participant.typing.started")]
    [InlineData("participant.typing.stopped")]
    [InlineData("contact.presence.changed")]
    [InlineData("contact.user.updated")]
    public void Decode_ParticipantAndContactEvents_AreUsers(string type)
    {
        var user = Assert.IsType<User>(EventDecoder.Decode(Read($$"""{ "type": "{{type}}", "resource": {{User}} }""")));

        Assert.Equal(("jane", true), (user.Name, user.Presence!.Online));
    }

    [Fact]
    public void Decode_Notification_CarriesItsDataByKind()
    {
        var envelope = Read($$"""
            { "type": "user.notification.created", "channelId": 3,
              "resource": { "id": 9, "title": "jane replied", "body": "answer", "channel": {{Channel}},
                "data": { "type": "USER:REPLIED_TO:MESSAGE", "message": {{MessageJson(6, 12)}}, "channelId": 3,
                  "parent": {{MessageJson(5, 11)}} },
                "muted": true, "createdTime": "2025-01-02T03:04:05Z", "readTime": "2025-01-02T03:05:00Z" } }
            """);

        var notification = Assert.IsType<Notification>(EventDecoder.Decode(envelope));

        Assert.Equal((9L, "jane replied", "answer", true), (notification.Id, notification.Title, notification.Body, notification.Muted));
        Assert.Equal(3, notification.Channel!.Id);
        Assert.NotNull(notification.ReadTime);
        var data = notification.Data!;
        Assert.Equal(("USER:REPLIED_TO:MESSAGE", 3L), (data.Type, data.ChannelId!.Value));
        Assert.Equal((6L, 5L), (data.Message!.Id, data.Parent!.Id));
        Assert.Null(data.MentionedUser);
        Assert.Null(data.MentionedChannel);
    }

    [Fact]
    public void Decode_MentionNotifications_NameWhatWasMentioned()
    {
        var user = Assert.IsType<Notification>(EventDecoder.Decode(Read($$"""
            { "type": "user.notification.created", "resource": { "id": 1, "title": "t", "body": "b",
              "data": { "type": "USER:MENTIONED:USER", "message": {{MessageJson(6, 12)}}, "channelId": 3, "mentionedUser": {{User}} },
              "muted": false, "createdTime": "2025-01-02T03:04:05Z" } }
            """)));
        var channel = Assert.IsType<Notification>(EventDecoder.Decode(Read($$"""
            { "type": "user.notification.created", "resource": { "id": 2, "title": "t", "body": "b",
              "data": { "type": "USER:MENTIONED:CHANNEL", "channelId": 3, "mentionedChannel": {{Channel}} },
              "muted": false, "createdTime": "2025-01-02T03:04:05Z" } }
            """)));

        Assert.Equal(7, user.Data!.MentionedUser!.Id);
        Assert.Equal(3, channel.Data!.MentionedChannel!.Id);
        Assert.Null(channel.ReadTime);
    }

    private static KittyEvent Read(string json)
    {
        using var document = JsonDocument.Parse(json);
        return EventDecoder.ReadEnvelope(document.RootElement.Clone());
    }
}
