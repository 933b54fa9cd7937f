using System.Text.Json;
using Kitty.Client.Models;
using Kitty.Client.Requests;
using Kitty.Testing;

namespace Kitty.Client.Tests.EndToEnd;

[Collection(ServerCollection.Name)]
public sealed class ChatTests(KittyServerFixture server) : ClientTestBase(server)
{
    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public async Task TwoUsers_InAChannel_SeeEachOthersMessagesTypingAndEvents(bool messagePack)
    {
        var options = new KittyClientOptions { UseMessagePack = messagePack };
        var alice = await ConnectAsync("alice", options);
        var bob = await ConnectAsync("bob", options);
        var aliceMembers = new Recorder<User>();
        var aliceParticipants = new Recorder<User>();
        var aliceKeystrokes = new Recorder<Keystrokes>();
        var bobMessages = new Recorder<Message>();
        var bobUpdates = new Recorder<Message>();
        var bobEvents = new Recorder<ChannelEvent>();
        alice.MemberJoined += (_, e) => aliceMembers.Add(e.Resource);
        alice.ParticipantActive += (_, e) => aliceParticipants.Add(e.Resource);
        alice.KeystrokesReceived += (_, e) => aliceKeystrokes.Add(e.Resource);
        bob.MessageReceived += (_, e) => bobMessages.Add(e.Resource);
        bob.MessageUpdated += (_, e) => bobUpdates.Add(e.Resource);
        bob.EventTriggered += (_, e) => bobEvents.Add(e.Resource);

        var channel = await PublicChannelAsync(alice);
        await alice.StartChatSessionAsync(channel.Id);
        await bob.JoinChannelAsync(channel.Id);
        Assert.Equal(bob.CurrentUser.Id, (await aliceMembers.NextAsync(u => u.Id == bob.CurrentUser.Id)).Id);
        var start = await bob.StartChatSessionAsync(channel.Id);
        await aliceParticipants.NextAsync(u => u.Id == bob.CurrentUser.Id);

        var properties = JsonSerializer.SerializeToElement(new { mood = "happy" });
        var sent = await alice.SendMessageAsync(channel.Id, "Hello, Bob!", properties);
        var received = await bobMessages.NextAsync();
        Assert.Equal((sent.Id, "Hello, Bob!", start.LastMessageSeq + 1), (received.Id, received.Body, received.Seq));
        Assert.Equal(alice.CurrentUser.Id, received.User!.Id);
        Assert.Equal("happy", received.Properties.GetProperty("mood").GetString());

        await bob.SendKeystrokesAsync(new KeystrokesRequest("Hi Al", ChannelId: channel.Id));
        Assert.Equal("Hi Al", (await aliceKeystrokes.NextAsync()).Keys);

        await alice.TriggerEventAsync(channel.Id, "poll", new { question = "Lunch?" });
        Assert.Equal("poll", (await bobEvents.NextAsync()).Type);

        await alice.EditMessageAsync(sent.Id, "Hello, Bob! (edited)");
        Assert.Equal("Hello, Bob! (edited)", (await bobUpdates.NextAsync(m => m.Id == sent.Id)).Body);
    }

    [Fact]
    public async Task SendMessage_ByANonMember_IsNotAChannelMemberError()
    {
        var alice = await ConnectAsync("alice");
        var mallory = await ConnectAsync("mallory");
        var channel = await PublicChannelAsync(alice);

        var error = await Assert.ThrowsAsync<KittyClientException>(() => mallory.SendMessageAsync(channel.Id, "let me in"));

        Assert.Equal(KittyErrorNames.NotAChannelMemberError, error.ErrorName);
        Assert.Equal(KittyConnectionState.Connected, mallory.ConnectionState);
    }

    [Fact]
    public async Task SendMessage_RetriedWithTheSameClientMessageId_CreatesOneMessage()
    {
        var alice = await ConnectAsync("alice");
        var channel = await PublicChannelAsync(alice);
        var request = new SendMessageRequest(ChannelId: channel.Id, Body: "once", ClientMessageId: Guid.NewGuid().ToString("N"));

        var first = await alice.SendMessageAsync(request);
        var retry = await alice.SendMessageAsync(request);
        var history = await alice.ListMessagesAsync(new ListMessagesRequest(ChannelId: channel.Id));

        Assert.Equal(first.Id, retry.Id);
        Assert.Single(history.Items);
    }

    [Fact]
    public async Task SendMessage_WithoutClientMessageId_SendsDistinctMessages()
    {
        var alice = await ConnectAsync("alice");
        var channel = await PublicChannelAsync(alice);

        var first = await alice.SendMessageAsync(channel.Id, "same text");
        var second = await alice.SendMessageAsync(channel.Id, "same text");

        Assert.NotEqual(first.Id, second.Id);
        Assert.Equal(first.Seq + 1, second.Seq);
    }

    [Fact]
    public async Task StartSession_WithAnUnknownApiKey_IsRefusedWithATypedError()
    {
        var error = await Assert.ThrowsAsync<KittyClientException>(() =>
            KittyClient.StartSessionAsync(Server.BaseUrl, "no-such-key", Name("eve")));

        Assert.Equal(KittyErrorNames.ValidationError, error.ErrorName);
    }

    [Fact]
    public async Task CatchUp_AfterASeq_ListsTheLaterMessagesOldestFirst()
    {
        var alice = await ConnectAsync("alice", new KittyClientOptions { CatchUpPageSize = 2 });
        var channel = await PublicChannelAsync(alice);
        for (var i = 1; i <= 5; i++) await alice.SendMessageAsync(channel.Id, $"m{i}");

        var missed = await alice.CatchUpAsync(channel.Id, afterSeq: 2);

        Assert.Equal(["m3", "m4", "m5"], missed.Select(m => m.Body));
        Assert.Equal([3L, 4L, 5L], missed.Select(m => m.Seq));
    }

    [Fact]
    public async Task SendFileMessage_Uploaded_ReachesTheOtherSessionAsAHostedFile()
    {
        var alice = await ConnectAsync("alice");
        var bob = await ConnectAsync("bob");
        var bobMessages = new Recorder<Message>();
        bob.MessageReceived += (_, e) => bobMessages.Add(e.Resource);
        var channel = await PublicChannelAsync(alice);
        await bob.JoinChannelAsync(channel.Id);
        await bob.StartChatSessionAsync(channel.Id);

        using var content = new MemoryStream("hello file"u8.ToArray());
        var sent = await alice.SendFileMessageAsync(channel.Id, content, "hello.txt", "text/plain", groupTag: "docs");
        var received = await bobMessages.NextAsync();

        Assert.Equal((sent.Id, "FILE", "docs"), (received.Id, received.Type, received.GroupTag));
        Assert.Equal(("HOSTED", "hello.txt", 10L), (received.File!.Type, received.File.Name, received.File.Size));
    }
}
