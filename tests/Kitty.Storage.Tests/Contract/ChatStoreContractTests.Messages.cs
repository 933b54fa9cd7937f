using Kitty.Abstractions.Messages;
using Kitty.Abstractions.Paging;

namespace Kitty.Storage.Tests.Contract;

public abstract partial class ChatStoreContractTests
{
    [SkippableFact]
    public async Task CreateThread_ThenGetThread_RoundTrips_AndCreatingAgainKeepsTheFirst()
    {
        var channel = await AddChannel();
        var thread = new ReplyThread(Ids.Next(), App, channel.Id, ReplyThreadType.STANDALONE, "ideas", null, """{"a":1}""", T0);

        await Store.CreateThread(thread);
        await Store.CreateThread(thread with { Name = "other" });

        Assert.Equal(thread, await Store.GetThread(App, thread.Id));
        Assert.Null(await Store.GetThread(OtherApp, thread.Id));
    }

    [SkippableFact]
    public async Task FindMessageThread_FindsTheRepliesThreadOfAMessageOnly()
    {
        var channel = await AddChannel();
        var parent = await Send(channel, null, "parent");
        var thread = new ReplyThread(Ids.Next(), App, channel.Id, ReplyThreadType.MESSAGE, null, parent.Id, "{}", T0);
        await Store.CreateThread(thread);

        Assert.Equal(thread, await Store.FindMessageThread(App, parent.Id));
        Assert.Null(await Store.FindMessageThread(OtherApp, parent.Id));
        Assert.Null(await Store.FindMessageThread(App, Ids.Next()));
    }

    [SkippableFact]
    public async Task AppendMessage_ThenGetMessage_RoundTripsEveryFieldWithTheSender()
    {
        var sender = await AddUser("writer");
        var channel = await AddChannel(members: [sender]);
        var message = new Message(
            Ids.Next(), App, channel.Id, 1, channel.MainThreadId, MessageType.FILE, sender.Id, null, "see <@writer> https://x.io",
            new FileProperties(FileType.HOSTED, "/files/1", "cat.png", "image/png", 1234), "tag-1", """{"k":"v"}""",
            T0, T0.AddSeconds(1), 0, null, 0,
            [new MessageMention(MentionType.USER, "<@writer>", 4, 13, sender.Id)],
            [new MessageLink("https://x.io", 14, 26)]);

        await Store.AppendMessage(message, "client-1");

        Assert.Equivalent(message with { User = sender }, await Store.GetMessage(App, message.Id), strict: true);
    }

    [SkippableFact]
    public async Task AppendMessage_WithTakenSeq_ThrowsAndStoresNothing()
    {
        var channel = await AddChannel();
        var parent = await Send(channel, null, "parent");
        var duplicate = NewMessage(channel, parent.Seq, null, "stale writer", parentMessageId: parent.Id);

        var error = await Assert.ThrowsAsync<SeqConflictException>(() => Store.AppendMessage(duplicate, "retry-1"));

        Assert.Equal((channel.Id, parent.Seq), (error.ChannelId, error.Seq));
        Assert.Null(await Store.GetMessage(App, duplicate.Id));
        Assert.Null(await Store.FindByClientMessageId(channel.Id, null, "retry-1"));
        Assert.Equal(0, (await Store.GetMessage(App, parent.Id))!.RepliesCount);
        Assert.Equal(1, await Store.GetLastSeq(channel.Id));
    }

    [SkippableFact]
    public async Task AppendMessages_StoresABatchInSeqOrder_CountingItsRepliesOnce()
    {
        var channel = await AddChannel();
        var parent = await Send(channel, null, "parent");
        List<MessageAppend> batch =
        [
            new(NewMessage(channel, 2, null, "second"), "c-2"),
            new(NewMessage(channel, 3, null, "reply", parentMessageId: parent.Id), null),
            new(NewMessage(channel, 4, null, "fourth"), "c-4"),
        ];

        await Store.AppendMessages(batch);

        Assert.Equal(4, await Store.GetLastSeq(channel.Id));
        var stored = await Store.ListMessagesAfterSeq(App, channel.Id, 1, 10);
        Assert.Equal(["second", "reply", "fourth"], stored.Select(m => m.Body));
        Assert.Equal(1, (await Store.GetMessage(App, parent.Id))!.RepliesCount);
        Assert.Equal(batch[2].Message.Id, (await Store.FindByClientMessageId(channel.Id, null, "c-4"))!.Id);
    }

    [SkippableFact]
    public async Task AppendMessages_WithOneTakenSeq_StoresNoneOfTheBatch()
    {
        var channel = await AddChannel();
        var first = await Send(channel, null, "first");
        List<MessageAppend> batch =
        [
            new(NewMessage(channel, 2, null, "would be second"), "c-2"),
            new(NewMessage(channel, 1, null, "stale"), null),
            new(NewMessage(channel, 3, null, "would be third", parentMessageId: first.Id), null),
        ];

        await Assert.ThrowsAsync<SeqConflictException>(() => Store.AppendMessages(batch));

        Assert.Equal(1, await Store.GetLastSeq(channel.Id));
        Assert.Null(await Store.FindByClientMessageId(channel.Id, null, "c-2"));
        foreach (var append in batch) Assert.Null(await Store.GetMessage(App, append.Message.Id));
        Assert.Equal(0, (await Store.GetMessage(App, first.Id))!.RepliesCount);
    }

    [SkippableFact]
    public async Task AppendMessage_AfterAConflict_StillAcceptsTheNextSeq()
    {
        var channel = await AddChannel();
        var first = await Send(channel, null);
        await Assert.ThrowsAsync<SeqConflictException>(() => Store.AppendMessage(NewMessage(channel, first.Seq, null), null));

        var second = await Send(channel, null);

        Assert.Equal(2, second.Seq);
        Assert.NotNull(await Store.GetMessage(App, second.Id));
    }

    [SkippableFact]
    public async Task AppendMessage_ConcurrentlyWithOneSeq_StoresExactlyOne()
    {
        var channel = await AddChannel();
        var racers = Enumerable.Range(0, 8).Select(_ => NewMessage(channel, 1, null)).ToList();

        var outcomes = await Task.WhenAll(racers.Select(async m =>
        {
            try
            {
                await Store.AppendMessage(m, null);
                return true;
            }
            catch (SeqConflictException)
            {
                return false;
            }
        }));

        Assert.Single(outcomes, won => won);
        Assert.Single((await Store.ListMessages(App, new MessageQuery(ChannelId: channel.Id), CursorRequest.Newest)).Items);
    }

    [SkippableFact]
    public async Task AppendMessage_Reply_IncrementsTheParentsRepliesCount()
    {
        var channel = await AddChannel();
        var parent = await Send(channel, null, "parent");
        var thread = new ReplyThread(Ids.Next(), App, channel.Id, ReplyThreadType.MESSAGE, null, parent.Id, "{}", T0);
        await Store.CreateThread(thread);

        await Send(channel, null, "r1", thread.Id, parent.Id);
        await Send(channel, null, "r2", thread.Id, parent.Id);

        Assert.Equal(2, (await Store.GetMessage(App, parent.Id))!.RepliesCount);
    }

    [SkippableFact]
    public async Task DeleteMessage_OfAReply_LowersTheParentsRepliesCountOnce()
    {
        var channel = await AddChannel();
        var parent = await Send(channel, null, "parent");
        var thread = new ReplyThread(Ids.Next(), App, channel.Id, ReplyThreadType.MESSAGE, null, parent.Id, "{}", T0);
        await Store.CreateThread(thread);
        var reply = await Send(channel, null, "r1", thread.Id, parent.Id);
        await Send(channel, null, "r2", thread.Id, parent.Id);

        await Store.DeleteMessage(App, reply.Id);
        await Store.DeleteMessage(App, reply.Id);
        await Store.DeleteMessage(OtherApp, reply.Id);

        Assert.Equal(1, (await Store.GetMessage(App, parent.Id))!.RepliesCount);
    }

    [SkippableFact]
    public async Task GetLastSeq_IsZeroForAnEmptyChannel_AndCountsDeletedMessages()
    {
        var channel = await AddChannel();
        Assert.Equal(0, await Store.GetLastSeq(channel.Id));

        await Send(channel, null);
        var last = await Send(channel, null);
        await Store.DeleteMessage(App, last.Id);

        Assert.Equal(2, await Store.GetLastSeq(channel.Id));
    }

    [SkippableFact]
    public async Task FindByClientMessageId_IsScopedByChannelAndSender_IncludingSystemMessages()
    {
        var ann = await AddUser("ann");
        var ben = await AddUser("ben");
        var channel = await AddChannel(members: [ann, ben]);
        var other = await AddChannel(members: [ann]);
        var byAnn = NewMessage(channel, 1, ann);
        var bySystem = NewMessage(channel, 2, null, type: MessageType.SYSTEM_TEXT);
        await Store.AppendMessage(byAnn, "same-id");
        await Store.AppendMessage(bySystem, "same-id");

        Assert.Equal(byAnn.Id, (await Store.FindByClientMessageId(channel.Id, ann.Id, "same-id"))?.Id);
        Assert.Equal(bySystem.Id, (await Store.FindByClientMessageId(channel.Id, null, "same-id"))?.Id);
        Assert.Null(await Store.FindByClientMessageId(channel.Id, ben.Id, "same-id"));
        Assert.Null(await Store.FindByClientMessageId(other.Id, ann.Id, "same-id"));
        Assert.Null(await Store.FindByClientMessageId(channel.Id, ann.Id, "another-id"));
    }

    [SkippableFact]
    public async Task UpdateMessage_ChangesBodyEditTimeAndProperties()
    {
        var channel = await AddChannel();
        var message = await Send(channel, null, "before");

        await Store.UpdateMessage(App, message.Id, "after", T0.AddHours(1), """{"edited":true}""");
        await Store.UpdateMessage(OtherApp, message.Id, "hijack", null, "{}");

        var updated = await Store.GetMessage(App, message.Id);
        Assert.Equal(("after", (DateTimeOffset?)T0.AddHours(1), """{"edited":true}"""), (updated!.Body, updated.LastEditedTime, updated.PropertiesJson));
    }

    [SkippableFact]
    public async Task DeleteMessage_KeepsItsSeqAndHidesItEverywhere()
    {
        var channel = await AddChannel();
        var kept = await Send(channel, null, "kept");
        var deleted = await Send(channel, null, "deleted");

        await Store.DeleteMessage(App, deleted.Id);

        Assert.Null(await Store.GetMessage(App, deleted.Id));
        Assert.Equal([kept.Id], IdsOf((await Store.ListMessages(App, new MessageQuery(ChannelId: channel.Id), CursorRequest.Newest)).Items));
        Assert.Equal(kept.Id, (await Store.GetChannel(App, channel.Id))!.LastReceivedMessage?.Id);
        await Assert.ThrowsAsync<SeqConflictException>(() => Store.AppendMessage(NewMessage(channel, deleted.Seq, null), null));
    }

    [SkippableFact]
    public async Task DeleteMessage_FromAnotherApplication_DeletesNothing()
    {
        var channel = await AddChannel();
        var message = await Send(channel, null);

        await Store.DeleteMessage(OtherApp, message.Id);

        Assert.NotNull(await Store.GetMessage(App, message.Id));
        Assert.Null(await Store.GetMessage(OtherApp, message.Id));
    }

    [SkippableFact]
    public async Task DeleteAllMessages_HidesEveryMessageOfTheApplicationOnly_AndKeepsSeqs()
    {
        var mine = await AddChannel();
        var theirs = await AddChannel(app: OtherApp);
        await Send(mine, null);
        await Send(mine, null);
        var foreign = await Send(theirs, null);

        await Store.DeleteAllMessages(App);

        Assert.Empty((await Store.ListMessages(App, new MessageQuery(ChannelId: mine.Id), CursorRequest.Newest)).Items);
        Assert.Equal(2, await Store.GetLastSeq(mine.Id));
        Assert.NotNull(await Store.GetMessage(OtherApp, foreign.Id));
    }

    [SkippableFact]
    public async Task AddReadReceipt_Twice_KeepsTheFirstTime_AndListsReadersInReadOrder()
    {
        var channel = await AddChannel();
        var message = await Send(channel, null);
        var slow = await AddUser("slow");
        var fast = await AddUser("fast");
        await Store.AddReadReceipt(App, message.Id, slow.Id, T0.AddMinutes(2));
        await Store.AddReadReceipt(App, message.Id, fast.Id, T0.AddMinutes(1));
        await Store.AddReadReceipt(App, message.Id, fast.Id, T0.AddMinutes(3));

        var page = await Store.ListReadReceipts(App, message.Id, PageRequest.First);

        Assert.Equal(
            [(fast.Id, T0.AddMinutes(1)), (slow.Id, T0.AddMinutes(2))],
            page.Items.Select(r => (r.User.Id, r.CreatedTime)));
        Assert.All(page.Items, r => Assert.Equal(message.Id, r.MessageId));
        Assert.Equal(2, page.TotalElements);
        Assert.Equal(0, (await Store.ListReadReceipts(OtherApp, message.Id, PageRequest.First)).TotalElements);
    }
}
