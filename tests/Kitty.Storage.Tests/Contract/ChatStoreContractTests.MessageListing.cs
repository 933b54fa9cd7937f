using Kitty.Abstractions.Messages;
using Kitty.Abstractions.Paging;

namespace Kitty.Storage.Tests.Contract;

public abstract partial class ChatStoreContractTests
{
    private async Task<(ChannelRecord Channel, List<Message> Messages)> ChannelWithMessages(int count)
    {
        var channel = await AddChannel();
        var messages = new List<Message>();
        for (var i = 0; i < count; i++)
        {
            messages.Add(await Send(channel, null, $"m{i}"));
        }

        return (channel, messages);
    }

    private static IEnumerable<long> NewestFirst(IEnumerable<Message> messages) => messages.Select(m => m.Id).OrderDescending();

    [SkippableFact]
    public async Task ListMessages_ByChannel_ListsTheMainThreadNewestFirst()
    {
        var (channel, messages) = await ChannelWithMessages(3);
        var thread = new ReplyThread(Ids.Next(), App, channel.Id, ReplyThreadType.MESSAGE, null, messages[0].Id, "{}", T0);
        await Store.CreateThread(thread);
        await Send(channel, null, "reply", thread.Id, messages[0].Id);

        var page = await Store.ListMessages(App, new MessageQuery(ChannelId: channel.Id), CursorRequest.Newest);

        Assert.Equal(NewestFirst(messages), IdsOf(page.Items));
    }

    [SkippableFact]
    public async Task ListMessages_ByThread_ListsThatThreadOnly()
    {
        var (channel, messages) = await ChannelWithMessages(2);
        var thread = new ReplyThread(Ids.Next(), App, channel.Id, ReplyThreadType.MESSAGE, null, messages[0].Id, "{}", T0);
        await Store.CreateThread(thread);
        var r1 = await Send(channel, null, "r1", thread.Id, messages[0].Id);
        var r2 = await Send(channel, null, "r2", thread.Id, messages[0].Id);

        var page = await Store.ListMessages(App, new MessageQuery(ChannelId: channel.Id, ThreadId: thread.Id), CursorRequest.Newest);
        var byThreadOnly = await Store.ListMessages(App, new MessageQuery(ThreadId: thread.Id), CursorRequest.Newest);

        Assert.Equal([r2.Id, r1.Id], IdsOf(page.Items));
        Assert.Equal([r2.Id, r1.Id], IdsOf(byThreadOnly.Items));
    }

    [SkippableFact]
    public async Task ListMessages_BySenderName_ListsThatSendersMessages()
    {
        var ann = await AddUser("ann");
        var ben = await AddUser("ben");
        var channel = await AddChannel(members: [ann, ben]);
        var fromAnn = await Send(channel, ann);
        await Send(channel, ben);
        await Send(channel, null);

        var page = await Store.ListMessages(App, new MessageQuery(ChannelId: channel.Id, SenderName: "ann"), CursorRequest.Newest);

        Assert.Equal([fromAnn.Id], IdsOf(page.Items));
    }

    [SkippableFact]
    public async Task ListMessages_BodyContains_IgnoresCaseAndTreatsWildcardsLiterally()
    {
        var channel = await AddChannel();
        var hello = await Send(channel, null, "Say HELLO there");
        var percent = await Send(channel, null, "100% done");
        await Send(channel, null, "100 percent");
        var underscore = await Send(channel, null, "snake_case");
        await Send(channel, null, "snakeXcase");

        async Task<IEnumerable<long>> Search(string text) =>
            IdsOf((await Store.ListMessages(App, new MessageQuery(ChannelId: channel.Id, BodyContains: text), CursorRequest.Newest)).Items);

        Assert.Equal([hello.Id], await Search("hello"));
        Assert.Equal([percent.Id], await Search("0%"));
        Assert.Equal([underscore.Id], await Search("e_c"));
    }

    [SkippableFact]
    public async Task ListMessages_ForMember_ListsTheirChannels_AndUnreadOnlyHidesReadAndOwnMessages()
    {
        var reader = await AddUser("reader");
        var writer = await AddUser("writer");
        var joined = await AddChannel(members: [reader, writer]);
        var notJoined = await AddChannel(members: [writer]);
        var read = await Send(joined, writer, "read");
        var unread = await Send(joined, writer, "unread");
        var own = await Send(joined, reader, "own");
        var system = await Send(joined, null, "system");
        await Send(notJoined, writer, "elsewhere");
        await Store.AddReadReceipt(App, read.Id, reader.Id, T0);

        var all = await Store.ListMessages(App, new MessageQuery(MemberUserId: reader.Id), CursorRequest.Newest);
        var unreadOnly = await Store.ListMessages(App, new MessageQuery(MemberUserId: reader.Id, UnreadOnly: true), CursorRequest.Newest);

        Assert.Equal([system.Id, own.Id, unread.Id, read.Id], IdsOf(all.Items));
        Assert.Equal([system.Id, unread.Id], IdsOf(unreadOnly.Items));
    }

    [SkippableFact]
    public async Task ListMessages_FromAnotherApplication_IsEmpty()
    {
        var (channel, _) = await ChannelWithMessages(2);

        var page = await Store.ListMessages(OtherApp, new MessageQuery(ChannelId: channel.Id), CursorRequest.Newest);

        Assert.Empty(page.Items);
        Assert.False(page.HasOlder);
        Assert.False(page.HasNewer);
    }

    [SkippableFact]
    public async Task ListMessages_FirstPage_AnchorsTheWindowAndReportsCursors()
    {
        var (channel, messages) = await ChannelWithMessages(5);
        var newest = NewestFirst(messages).ToList();

        var page = await Store.ListMessages(App, new MessageQuery(ChannelId: channel.Id), new CursorRequest(2, null, null, CursorRelation.SELF));

        Assert.Equal(newest.Take(2), IdsOf(page.Items));
        Assert.Equal((2, newest[0], newest[1], newest[0]), (page.Size, page.Start, page.Next, page.Previous));
        Assert.True(page.HasOlder);
        Assert.False(page.HasNewer);
    }

    [SkippableFact]
    public async Task ListMessages_WalkingNext_VisitsEveryMessageOnce_EvenWhileNewOnesArrive()
    {
        var (channel, messages) = await ChannelWithMessages(11);
        var query = new MessageQuery(ChannelId: channel.Id);
        var visited = new List<long>();
        var page = await Store.ListMessages(App, query, new CursorRequest(3, null, null, CursorRelation.SELF));
        var start = page.Start;
        visited.AddRange(IdsOf(page.Items));
        while (page.HasOlder)
        {
            await Send(channel, null, "arrived while walking");
            page = await Store.ListMessages(App, query, new CursorRequest(3, start, page.Next, CursorRelation.NEXT));
            Assert.Equal(start, page.Start);
            visited.AddRange(IdsOf(page.Items));
        }

        Assert.Equal(NewestFirst(messages), visited);
        Assert.Equal(messages[0].Id, page.Next);
        Assert.True(page.HasNewer);
    }

    [SkippableFact]
    public async Task ListMessages_WalkingPrevious_ReturnsTheNewerItemsClosestToTheCursorNewestFirst()
    {
        var (channel, messages) = await ChannelWithMessages(7);
        var oldestFirst = messages.Select(m => m.Id).ToList();
        var query = new MessageQuery(ChannelId: channel.Id);

        var page = await Store.ListMessages(App, query, new CursorRequest(2, null, oldestFirst[1], CursorRelation.PREVIOUS));

        Assert.Equal([oldestFirst[3], oldestFirst[2]], IdsOf(page.Items));
        Assert.Equal((oldestFirst[2], oldestFirst[3]), (page.Next, page.Previous));
        Assert.True(page.HasOlder);
        Assert.True(page.HasNewer);

        var visited = new List<long>(IdsOf(page.Items));
        while (page.HasNewer)
        {
            page = await Store.ListMessages(App, query, new CursorRequest(2, null, page.Previous, CursorRelation.PREVIOUS));
            visited.InsertRange(0, IdsOf(page.Items));
        }

        Assert.Equal(oldestFirst.Skip(2).OrderDescending(), visited);
    }

    [SkippableFact]
    public async Task ListMessages_Self_RereadsThePageStartingAtTheCursor()
    {
        var (channel, messages) = await ChannelWithMessages(4);
        var newest = NewestFirst(messages).ToList();

        var page = await Store.ListMessages(App, new MessageQuery(ChannelId: channel.Id), new CursorRequest(2, newest[0], newest[1], CursorRelation.SELF));

        Assert.Equal([newest[1], newest[2]], IdsOf(page.Items));
        Assert.Equal(newest[0], page.Start);
        Assert.True(page.HasNewer);
        Assert.True(page.HasOlder);
    }

    [SkippableFact]
    public async Task ListMessages_PastTheOldest_IsEmptyAndPointsBackToNewerItems()
    {
        var (channel, messages) = await ChannelWithMessages(2);

        var page = await Store.ListMessages(App, new MessageQuery(ChannelId: channel.Id), new CursorRequest(5, null, messages[0].Id, CursorRelation.NEXT));

        Assert.Empty(page.Items);
        Assert.Null(page.Next);
        Assert.Null(page.Previous);
        Assert.False(page.HasOlder);
        Assert.True(page.HasNewer);
    }

    [SkippableTheory]
    [InlineData(0, PageRequest.DefaultSize)]
    [InlineData(-1, PageRequest.DefaultSize)]
    [InlineData(500, PageRequest.MaxSize)]
    public async Task ListMessages_WithOutOfRangeSize_ClampsIt(int requested, int served)
    {
        var (channel, _) = await ChannelWithMessages(PageRequest.MaxSize + 1);

        var page = await Store.ListMessages(App, new MessageQuery(ChannelId: channel.Id), new CursorRequest(requested, null, null, CursorRelation.SELF));

        Assert.Equal(served, page.Size);
        Assert.Equal(served, page.Items.Count);
        Assert.True(page.HasOlder);
    }
}
