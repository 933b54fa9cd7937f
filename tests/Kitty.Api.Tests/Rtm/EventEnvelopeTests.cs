using Kitty.Abstractions.Channels;
using Kitty.Abstractions.Messages;
using Kitty.Abstractions.Realtime;
using Kitty.Abstractions.Users;
using Kitty.Api.Hal;
using Kitty.Api.Messages;
using Kitty.Api.Rtm.Feeds;
using Kitty.Api.Rtm.Rendering;

namespace Kitty.Api.Tests.Rtm;

public sealed class EventEnvelopeTests
{
    private static readonly ApiLinks Links = new("https://chat.example.com");
    private static readonly DateTimeOffset Time = new(2025, 1, 2, 3, 4, 5, TimeSpan.Zero);
    private static readonly ChatUser Jane = new(5, 1, UserType.PERSON, "jane", "Jane", null, false,
        new UserPresence("AVAILABLE", true), "{\"team\":\"red\"}", Time);

    private static Message FileMessage(long seq) => new(
        100 + seq, 1, 9, seq, 30, MessageType.FILE, Jane.Id, Jane, null,
        new FileProperties(FileType.HOSTED, "/files/1/2/t/a.png", "a.png", "image/png", 10),
        null, "{\"n\":1}", Time, null, 0, null, 0, [], []);

    [Fact]
    public void MessageEvent_IsAPlainTree_WithSeqAndAbsoluteHostedFileUrl_AndNoLinks()
    {
        var envelope = EventEnvelopes.Render(
            new ChatEvent(ChatEventTypes.MessageCreated, ChannelId: 9, Seq: 3, Message: FileMessage(3)), Links, MentionLookup.Empty);

        Assert.Equal("channel.message.created", envelope["type"]);
        Assert.Equal(9L, envelope["channelId"]);
        Assert.Equal(3L, envelope["seq"]);
        var resource = Assert.IsType<Dictionary<string, object?>>(envelope["resource"]);
        Assert.Equal(3L, resource["seq"]);
        Assert.False(resource.ContainsKey("_links"));
        var file = Assert.IsType<Dictionary<string, object?>>(resource["file"]);
        Assert.Equal("https://chat.example.com/files/1/2/t/a.png", file["url"]);
        Assert.Equal("2025-01-02T03:04:05.000Z", resource["createdTime"]);
        var properties = Assert.IsType<Dictionary<string, object?>>(resource["properties"]);
        Assert.Equal(1L, properties["n"]);
        Assert.False(envelope.ContainsKey("message"));
    }

    [Fact]
    public void ReadReceiptEvent_CarriesTheReceiptAsResource_AndTheMessage()
    {
        var envelope = EventEnvelopes.Render(
            new ChatEvent(ChatEventTypes.ReadReceiptCreated, ChannelId: 9, Message: FileMessage(4),
                ReadReceipt: new ReadReceipt(104, Jane, Time)), Links, MentionLookup.Empty);

        var resource = Assert.IsType<Dictionary<string, object?>>(envelope["resource"]);
        Assert.IsType<Dictionary<string, object?>>(resource["user"]);
        Assert.IsType<Dictionary<string, object?>>(envelope["message"]);
    }

    [Fact]
    public void KeystrokesAndCustomEvents_RenderTheirDocumentedShapes()
    {
        var keys = EventEnvelopes.Render(new ChatEvent(ChatEventTypes.KeystrokesCreated, ChannelId: 9, ThreadId: 30,
            Keystrokes: new Keystrokes(9, 30, "jane", "hel")), Links, MentionLookup.Empty);
        var custom = EventEnvelopes.Render(new ChatEvent(ChatEventTypes.EventTriggered, ChannelId: 9,
            CustomEvent: new ChannelEvent("wave", "{\"x\":[1,true,null]}", Jane)), Links, MentionLookup.Empty);

        Assert.Equal(new Dictionary<string, object?> { ["username"] = "jane", ["keys"] = "hel" }, keys["resource"]);
        Assert.Equal(30L, keys["threadId"]);
        var resource = Assert.IsType<Dictionary<string, object?>>(custom["resource"]);
        Assert.Equal("wave", resource["type"]);
        var properties = Assert.IsType<Dictionary<string, object?>>(resource["properties"]);
        Assert.Equal(new List<object?> { 1L, true, null }, properties["x"]);
    }

    [Fact]
    public void ThreadEvents_GoToTheThreadGroup_UnlessTheyAreOfTheMainThread()
    {
        var feed = FeedKey.Channel(9);

        Assert.Equal("t:31", EventRouting.Group(feed, new ChatEvent(ChatEventTypes.ThreadMessageCreated, 9, 31), 30));
        Assert.Equal("c:9", EventRouting.Group(feed, new ChatEvent(ChatEventTypes.KeystrokesCreated, 9, 30), 30));
        Assert.Equal("c:9", EventRouting.Group(feed, new ChatEvent(ChatEventTypes.MessageCreated, 9, 30, 1), 30));
        Assert.Equal("u:5", EventRouting.Group(FeedKey.User(5), new ChatEvent(ChatEventTypes.SelfUpdated), null));
    }
}
