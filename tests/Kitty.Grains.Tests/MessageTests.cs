using Kitty.Abstractions.Channels;
using Kitty.Abstractions.Errors;
using Kitty.Abstractions.Messages;
using Kitty.Abstractions.Paging;
using Kitty.Abstractions.Realtime;
using Kitty.Abstractions.Users;
using Kitty.Storage;
using Kitty.Testing;
using Microsoft.Extensions.DependencyInjection;

namespace Kitty.Grains.Tests;

[Collection(ClusterCollection.Name)]
public sealed class MessageTests(ClusterFixture fixture) : GrainTestBase(fixture)
{
    private IMessageDirectoryGrain Messages => Grains.GetGrain<IMessageDirectoryGrain>(ApplicationId);

    private SendMessage Text(long? userId, string body, string? clientMessageId = null, long? replyTo = null) =>
        new(ApplicationId, userId, body, null, null, "{}", ReplyToMessageId: replyTo, ClientMessageId: clientMessageId);

    private async Task<(ChatUser Jane, IChannelGrain Channel, long ChannelId)> ChannelWithJane()
    {
        var jane = await CreateUser("jane");
        var channel = await CreateGroupChannel(ChannelType.PUBLIC, $"room-{Guid.NewGuid():N}", jane);
        return (jane, Grains.GetGrain<IChannelGrain>(channel.Id), channel.Id);
    }

    [Fact]
    public async Task SendMessage_NumbersMessagesWithAGapFreeSeq()
    {
        var (jane, channel, _) = await ChannelWithJane();

        var sent = await Task.WhenAll(Enumerable.Range(0, 20).Select(i => channel.SendMessage(Text(jane.Id, $"hello {i}"))));

        Assert.Equal(Enumerable.Range(1, 20).Select(i => (long)i), sent.Select(m => m.Seq).Order());
        Assert.All(sent, m => Assert.Equal(MessageType.TEXT, m.Type));
        Assert.All(sent, m => Assert.Equal("jane", m.User!.Name));
    }

    [Fact]
    public async Task ConcurrentSends_ToOneChannel_KeepSeqIdStreamAndStoreOrderInStep()
    {
        var (jane, channel, channelId) = await ChannelWithJane();
        await using var events = await ListenToChannel(channelId);

        var sent = await Task.WhenAll(Enumerable.Range(0, 200).Select(i => channel.SendMessage(Text(jane.Id, $"burst {i}"))));

        var bySeq = sent.OrderBy(m => m.Seq).ToList();
        Assert.Equal(Enumerable.Range(1, 200).Select(i => (long)i), bySeq.Select(m => m.Seq));
        Assert.Equal(bySeq.Select(m => m.Id).Order(), bySeq.Select(m => m.Id));
        var announced = await events.Take(200, ChatEventTypes.MessageCreated);
        Assert.Equal(bySeq.Select(m => m.Id), announced.Select(e => e.Message!.Id));
        // Catch-up pages hold at most 100 messages.
        var stored = (await Messages.ListMessagesAfterSeq(channelId, 0, 100)).Concat(await Messages.ListMessagesAfterSeq(channelId, 100, 100));
        Assert.Equal(bySeq.Select(m => m.Id), stored.Select(m => m.Id));
    }

    [Fact]
    public async Task Sends_AfterAStaleWriterTookTheNextSeqs_GoOnAfterIt_WithoutGapsOrDuplicates()
    {
        var (jane, channel, channelId) = await ChannelWithJane();
        var first = await channel.SendMessage(Text(jane.Id, "first"));
        var store = SiloServices.GetRequiredService<IChatStore>();
        // What an activation left behind on a dead silo could still write: seqs 2 and 3, unknown to this activation.
        foreach (var seq in new long[] { 2, 3 })
            await store.AppendMessage(first with { Id = Random.Shared.NextInt64(1, long.MaxValue), Seq = seq, Body = $"stale {seq}" }, null);

        var sent = await Task.WhenAll(Enumerable.Range(0, 10).Select(i => channel.SendMessage(Text(jane.Id, $"after {i}"))));

        Assert.Equal(Enumerable.Range(4, 10).Select(i => (long)i), sent.Select(m => m.Seq).Order());
        var stored = await Messages.ListMessagesAfterSeq(channelId, 0, 100);
        Assert.Equal(Enumerable.Range(1, 13).Select(i => (long)i), stored.Select(m => m.Seq));
    }

    [Fact]
    public async Task ConcurrentRetries_WithTheSameClientMessageId_StoreOneMessage()
    {
        var (jane, channel, channelId) = await ChannelWithJane();

        var sent = await Task.WhenAll(Enumerable.Range(0, 10).Select(_ => channel.SendMessage(Text(jane.Id, "once", clientMessageId: "c-1"))));

        Assert.Single(sent.Select(m => m.Id).Distinct());
        Assert.Single(await Messages.ListMessagesAfterSeq(channelId, 0, 10));
    }

    [Fact]
    public async Task SendMessage_WithoutAUser_IsASystemMessage()
    {
        var (_, channel, _) = await ChannelWithJane();

        var text = await channel.SendMessage(Text(null, "maintenance at noon"));
        var file = await channel.SendMessage(new SendMessage(ApplicationId, null, null,
            new FileProperties(FileType.EXTERNAL, "https://example.com/a.png", "a.png", "image/png", 42), null, "{}"));

        Assert.Equal(MessageType.SYSTEM_TEXT, text.Type);
        Assert.Null(text.User);
        Assert.Equal(MessageType.SYSTEM_FILE, file.Type);
        Assert.Equal("a.png", file.File!.Name);
    }

    [Fact]
    public async Task SendMessage_ByANonMember_IsRefused()
    {
        var (_, channel, _) = await ChannelWithJane();
        var stranger = await CreateUser("stranger");

        Assert.Equal(KittyError.NotAChannelMemberError, await RefusalOf(() => channel.SendMessage(Text(stranger.Id, "hi"))));
    }

    [Fact]
    public async Task SendMessage_WithBothOrNeitherBodyAndFile_IsRefused()
    {
        var (jane, channel, _) = await ChannelWithJane();

        Assert.Equal(KittyError.ValidationError, await RefusalOf(() =>
            channel.SendMessage(new SendMessage(ApplicationId, jane.Id, null, null, null, "{}"))));
        Assert.Equal(KittyError.ValidationError, await RefusalOf(() => channel.SendMessage(Text(jane.Id, "  "))));
        Assert.Equal(KittyError.ValidationError, await RefusalOf(() => channel.SendMessage(Text(jane.Id, new string('x', 10_001)))));
    }

    [Fact]
    public async Task SendMessage_RetriedWithTheSameClientMessageId_ReturnsTheOriginal()
    {
        var (jane, channel, channelId) = await ChannelWithJane();

        var first = await channel.SendMessage(Text(jane.Id, "once", "client-1"));
        var retry = await channel.SendMessage(Text(jane.Id, "once", "client-1"));
        var listed = await Messages.ListMessages(new MessageQuery(ChannelId: channelId), CursorRequest.Newest);

        Assert.Equal(first.Id, retry.Id);
        Assert.Single(listed.Items);
    }

    [Fact]
    public async Task Replies_GoToTheParentsThreadAndCountOnTheParent()
    {
        var (jane, channel, channelId) = await ChannelWithJane();
        var parent = await channel.SendMessage(Text(jane.Id, "question?"));

        var reply = await channel.SendMessage(Text(jane.Id, "answer", replyTo: parent.Id));
        var thread = await Messages.GetThread(reply.ThreadId);
        var parentAfter = await Messages.GetMessage(parent.Id);
        var main = await Messages.ListMessages(new MessageQuery(ChannelId: channelId), CursorRequest.Newest);
        var replies = await Messages.ListMessages(new MessageQuery(ThreadId: thread.Id), CursorRequest.Newest);

        Assert.Equal(1, reply.NestedLevel);
        Assert.Equal(ReplyThreadType.MESSAGE, thread.Type);
        Assert.Equal(parent.Id, thread.ParentMessageId);
        Assert.Equal(1, parentAfter.RepliesCount);
        Assert.Equal(parent.Id, Assert.Single(main.Items).Id);
        Assert.Equal(reply.Id, Assert.Single(replies.Items).Id);
    }

    [Fact]
    public async Task TextMessages_CarryMentionsAndLinks()
    {
        var (jane, channel, _) = await ChannelWithJane();
        await CreateUser("john");

        var message = await channel.SendMessage(Text(jane.Id, "hey <@john>, see https://kitty.dev/docs and <@nobody>"));

        var mention = Assert.Single(message.Mentions);
        Assert.Equal(MentionType.USER, mention.Type);
        Assert.Equal("<@john>", mention.Tag);
        Assert.Equal(4, mention.StartPosition);
        Assert.Equal(11, mention.EndPosition);
        var link = Assert.Single(message.Links);
        Assert.Equal("https://kitty.dev/docs", link.Source);
    }

    [Fact]
    public async Task EditMessage_ChangesTheBodyAndMarksItEdited()
    {
        var (jane, channel, _) = await ChannelWithJane();
        var message = await channel.SendMessage(Text(jane.Id, "teh typo"));

        var edited = await channel.UpdateMessage(ApplicationId, message.Id, new MessagePatch("the typo", """{"fixed":true}"""));
        var stored = await Messages.GetMessage(message.Id);

        Assert.Equal("the typo", stored.Body);
        Assert.NotNull(edited.LastEditedTime);
        Assert.Equal("""{"fixed":true}""", stored.PropertiesJson);
    }

    [Fact]
    public async Task DeleteMessage_RemovesItFromListingsAndReturnsItsThread()
    {
        var (jane, channel, channelId) = await ChannelWithJane();
        var doomed = await channel.SendMessage(Text(jane.Id, "oops"));
        var kept = await channel.SendMessage(Text(jane.Id, "fine"));

        var thread = await channel.DeleteMessage(ApplicationId, doomed.Id);
        var listed = await Messages.ListMessages(new MessageQuery(ChannelId: channelId), CursorRequest.Newest);
        var next = await channel.SendMessage(Text(jane.Id, "after"));

        Assert.Equal(ReplyThreadType.MAIN, thread.Type);
        Assert.Equal([kept.Id], listed.Items.Select(m => m.Id));
        Assert.Equal(3, next.Seq);
        Assert.Equal(KittyError.ResourceNotFoundError, await RefusalOf(() => Messages.GetMessage(doomed.Id)));
    }

    [Fact]
    public async Task ChannelLastReceivedMessage_IsTheNewestMainThreadMessage()
    {
        var (jane, channel, _) = await ChannelWithJane();
        await channel.SendMessage(Text(jane.Id, "first"));
        var last = await channel.SendMessage(Text(jane.Id, "last"));

        var shown = await channel.Get(ApplicationId);

        Assert.Equal(last.Id, shown.LastReceivedMessage!.Id);
    }
}
