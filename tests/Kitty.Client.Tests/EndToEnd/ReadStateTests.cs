using System.Text.Json;
using Kitty.Client.Models;
using Kitty.Client.Requests;
using Kitty.Testing;

namespace Kitty.Client.Tests.EndToEnd;

/// <summary>Read receipts, unread counts, reactions, threads, hidden channels, delete-for-me and blocking through the SDK.</summary>
[Collection(ServerCollection.Name)]
public sealed class ReadStateTests(KittyServerFixture server) : ClientTestBase(server)
{
    private async Task<Channel> GroupAsync(KittyClient creator, string type, params KittyClient[] members) =>
        await creator.CreateChannelAsync(new CreateChannelRequest(
            type,
            type == "DIRECT" ? null : Name("room"),
            Members: [.. members.Select(m => UserRef.ById(m.CurrentUser.Id))]));

    [Fact]
    public async Task ReadMessage_SendsTheAuthorAReceipt_AndReadChannelClearsTheUnreadCounts()
    {
        var alice = await ConnectAsync("alice");
        var bob = await ConnectAsync("bob");
        var aliceReceipts = new Recorder<ReadReceipt>();
        alice.ReadReceiptCreated += (_, e) => aliceReceipts.Add(e.Resource);
        var channel = await GroupAsync(alice, "PRIVATE", bob);
        await bob.StartChatSessionAsync(channel.Id);
        var first = await alice.SendMessageAsync(channel.Id, "one");
        await alice.SendMessageAsync(channel.Id, "two");
        Assert.Equal(2, await bob.CountUnreadMessagesAsync(channel.Id));
        Assert.Equal(2, await bob.CountUnreadMessagesAsync());
        Assert.Equal(1, await bob.CountUnreadChannelsAsync());
        Assert.True(await bob.CheckChannelUnreadAsync(channel.Id));

        var read = await bob.ReadMessageAsync(first.Id);

        Assert.Equal(first.Id, read.Id);
        var receipt = await aliceReceipts.NextAsync(r => r.Message?.Id == first.Id);
        Assert.Equal((bob.CurrentUser.Id, first.Id), (receipt.User.Id, receipt.MessageId));
        var receipts = await alice.ListReadReceiptsAsync(first.Id);
        Assert.Equal([bob.CurrentUser.Id], receipts.Items.Select(r => r.User.Id));
        Assert.Equal(1, await bob.CountUnreadMessagesAsync(channel.Id));

        var readChannel = await bob.ReadChannelAsync(channel.Id);

        Assert.Equal(channel.Id, readChannel.Id);
        Assert.Equal(0, await bob.CountUnreadMessagesAsync(channel.Id));
        Assert.Equal(0, await bob.CountUnreadMessagesAsync());
        Assert.Equal(0, await bob.CountUnreadChannelsAsync());
        Assert.False(await bob.CheckChannelUnreadAsync(channel.Id));
    }

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public async Task Reactions_AreEvented_AndSummarizedOnTheMessage(bool messagePack)
    {
        var options = new KittyClientOptions { UseMessagePack = messagePack };
        var alice = await ConnectAsync("alice", options);
        var bob = await ConnectAsync("bob", options);
        var created = new Recorder<Reaction>();
        var removed = new Recorder<Reaction>();
        var updates = new Recorder<Message>();
        alice.ReactionCreated += (_, e) => created.Add(e.Resource);
        alice.ReactionRemoved += (_, e) => removed.Add(e.Resource);
        alice.MessageUpdated += (_, e) => updates.Add(e.Resource);
        var channel = await GroupAsync(alice, "PRIVATE", bob);
        await alice.StartChatSessionAsync(channel.Id);
        var message = await alice.SendMessageAsync(channel.Id, "ship it");

        var reaction = await bob.ReactToMessageAsync(message.Id, ":+1:");

        Assert.Equal(("👍", bob.CurrentUser.Id), (reaction.Emoji.Character, reaction.User.Id));
        Assert.Contains("+1", reaction.Emoji.Aliases!);
        var event1 = await created.NextAsync();
        Assert.Equal(("👍", bob.CurrentUser.Id, message.Id), (event1.Emoji.Character, event1.User.Id, event1.Message!.Id));
        var summarized = await updates.NextAsync(m => m.Id == message.Id && m.Reactions is { Count: > 0 });
        var summary = Assert.Single(summarized.Reactions!);
        Assert.Equal(("👍", 1), (summary.Emoji.Character, summary.Count));
        Assert.Equal([bob.CurrentUser.Id], summary.Users.Select(u => u.Id));
        var listed = Assert.Single((await alice.ListMessagesAsync(new ListMessagesRequest(ChannelId: channel.Id))).Items);
        Assert.Equal("👍", Assert.Single(listed.Reactions!).Emoji.Character);
        Assert.Equal([bob.CurrentUser.Id], (await alice.ListReactionsAsync(message.Id)).Items.Select(r => r.User.Id));

        var taken = await bob.RemoveReactionAsync(message.Id, "👍");

        Assert.Equal("👍", taken.Emoji.Character);
        Assert.Equal(message.Id, (await removed.NextAsync()).Message!.Id);
        await updates.NextAsync(m => m.Id == message.Id && m.Reactions is null or { Count: 0 });
        Assert.Empty((await alice.ListReactionsAsync(message.Id)).Items);
    }

    [Fact]
    public async Task ReactToMessage_WithSomethingThatIsNoEmoji_IsAValidationError()
    {
        var alice = await ConnectAsync("alice");
        var channel = await PublicChannelAsync(alice);
        var message = await alice.SendMessageAsync(channel.Id, "hi");

        var error = await Assert.ThrowsAsync<KittyClientException>(() => alice.ReactToMessageAsync(message.Id, ":no-such-emoji:"));

        Assert.Equal(KittyErrorNames.ValidationError, error.ErrorName);
    }

    [Fact]
    public async Task CreateThread_IsListed_CarriesMessages_AndOnlyMembersMayCreateOne()
    {
        var alice = await ConnectAsync("alice");
        var bob = await ConnectAsync("bob");
        var carol = await ConnectAsync("carol");
        var bobThreadMessages = new Recorder<Message>();
        bob.ThreadMessageReceived += (_, e) => bobThreadMessages.Add(e.Resource);
        var channel = await GroupAsync(alice, "PRIVATE", bob);

        var thread = await alice.CreateThreadAsync(channel.Id, "planning", JsonSerializer.SerializeToElement(new { topic = "q3" }));

        Assert.Equal(("STANDALONE", "planning", channel.Id), (thread.Type, thread.Name, thread.ChannelId));
        Assert.Equal("q3", thread.Properties.GetProperty("topic").GetString());
        Assert.Equal([thread.Id], (await bob.ListThreadsAsync(channel.Id)).Items.Select(t => t.Id));
        var refused = await Assert.ThrowsAsync<KittyClientException>(() => carol.CreateThreadAsync(channel.Id, "intrusion"));
        Assert.Equal(KittyErrorNames.NotAChannelMemberError, refused.ErrorName);

        await bob.StartChatSessionAsync(channel.Id);
        await bob.SetChatSessionThreadAsync(channel.Id, thread.Id);
        var sent = await alice.SendMessageAsync(new SendMessageRequest(ThreadId: thread.Id, Body: "agenda"));
        var received = await bobThreadMessages.NextAsync(m => m.Id == sent.Id);
        Assert.Equal("agenda", received.Body);
    }

    [Fact]
    public async Task CreateThread_WithoutProperties_HasAnEmptyObject()
    {
        var alice = await ConnectAsync("alice");
        var channel = await PublicChannelAsync(alice);

        var thread = await alice.CreateThreadAsync(channel.Id, "misc");

        Assert.Equal(JsonValueKind.Object, thread.Properties.ValueKind);
        Assert.Empty(thread.Properties.EnumerateObject());
    }

    [Fact]
    public async Task AHiddenDirectChannel_IsUnhiddenByANewMessage()
    {
        var alice = await ConnectAsync("alice");
        var bob = await ConnectAsync("bob");
        var hidden = new Recorder<Channel>();
        var unhidden = new Recorder<Channel>();
        bob.ChannelHidden += (_, e) => hidden.Add(e.Resource);
        bob.ChannelUnhidden += (_, e) => unhidden.Add(e.Resource);
        var channel = await GroupAsync(alice, "DIRECT", bob);

        var result = await bob.HideChannelAsync(channel.Id);

        Assert.Equal(channel.Id, result.Id);
        await hidden.NextAsync(c => c.Id == channel.Id);
        await alice.SendMessageAsync(channel.Id, "still there?");
        Assert.Equal("DIRECT", (await unhidden.NextAsync(c => c.Id == channel.Id)).Type);
    }

    [Fact]
    public async Task HideChannel_OfAGroupChannel_IsAnInvalidOperation()
    {
        var alice = await ConnectAsync("alice");
        var channel = await PublicChannelAsync(alice);

        var error = await Assert.ThrowsAsync<KittyClientException>(() => alice.HideChannelAsync(channel.Id));

        Assert.Equal(KittyErrorNames.InvalidOperationError, error.ErrorName);
    }

    [Fact]
    public async Task DeleteMessageForMe_HidesTheMessageFromTheCallerOnly()
    {
        var alice = await ConnectAsync("alice");
        var bob = await ConnectAsync("bob");
        var channel = await GroupAsync(alice, "PRIVATE", bob);
        var message = await alice.SendMessageAsync(channel.Id, "oops");

        var deleted = await bob.DeleteMessageForMeAsync(message.Id);

        Assert.Equal(message.Id, deleted.Id);
        Assert.Empty((await bob.ListMessagesAsync(new ListMessagesRequest(ChannelId: channel.Id))).Items);
        Assert.Single((await alice.ListMessagesAsync(new ListMessagesRequest(ChannelId: channel.Id))).Items);
    }

    [Fact]
    public async Task ABlockedUsersMessages_LeaveTheBlockersListings_AndTheyCannotOpenADirectChannel()
    {
        var alice = await ConnectAsync("alice");
        var troll = await ConnectAsync("troll");
        var channel = await GroupAsync(alice, "PUBLIC", troll);
        await troll.SendMessageAsync(channel.Id, "spam");
        var kept = await alice.SendMessageAsync(channel.Id, "hello");

        var blocked = await alice.BlockUserAsync(troll.CurrentUser.Id);

        Assert.Equal(troll.CurrentUser.Id, blocked.Id);
        Assert.Equal([kept.Id], (await alice.ListMessagesAsync(new ListMessagesRequest(ChannelId: channel.Id))).Items.Select(m => m.Id));
        Assert.Equal(2, (await troll.ListMessagesAsync(new ListMessagesRequest(ChannelId: channel.Id))).Items.Count);
        var list = await alice.ListBlockedUsersAsync();
        Assert.Equal([troll.CurrentUser.Id], list.Items.Select(b => b.User.Id));
        Assert.NotEqual(default, Assert.Single(list.Items).CreatedTime);
        var refused = await Assert.ThrowsAsync<KittyClientException>(() => GroupAsync(troll, "DIRECT", alice));
        Assert.Equal(KittyErrorNames.InvalidOperationError, refused.ErrorName);

        var unblocked = await alice.UnblockUserAsync(troll.CurrentUser.Id);

        Assert.Equal(troll.CurrentUser.Id, unblocked.Id);
        Assert.Equal(2, (await alice.ListMessagesAsync(new ListMessagesRequest(ChannelId: channel.Id))).Items.Count);
        Assert.Empty((await alice.ListBlockedUsersAsync()).Items);
    }
}
