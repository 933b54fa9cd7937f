using Kitty.Abstractions.Channels;
using Kitty.Abstractions.Errors;
using Kitty.Abstractions.Messages;
using Kitty.Abstractions.Paging;

namespace Kitty.Storage.Tests.Contract;

public abstract partial class ChatStoreContractTests
{
    [SkippableFact]
    public async Task GetChannel_ReturnsTheRowWithItsCreator()
    {
        var owner = await AddUser("owner");
        var record = await AddChannel(ChannelType.PRIVATE, owner, "lounge", properties: """{"topic":"cats"}""");

        var channel = await Store.GetChannel(App, record.Id);

        Assert.NotNull(channel);
        Assert.Equal(
            (record.Id, App, ChannelType.PRIVATE, "lounge", "LOUNGE", """{"topic":"cats"}""", T0, record.MainThreadId),
            (channel.Id, channel.ApplicationId, channel.Type, channel.Name, channel.DisplayName, channel.PropertiesJson, channel.CreatedTime, channel.MainThreadId));
        Assert.Equal(owner, channel.Creator);
        Assert.Null(channel.Members);
        Assert.Null(channel.LastReceivedMessage);
    }

    [SkippableFact]
    public async Task GetChannel_LastReceivedMessage_IsTheNewestUndeletedMainThreadMessage()
    {
        var sender = await AddUser("talker");
        var channel = await AddChannel(members: [sender]);
        var first = await Send(channel, sender, "first");
        var second = await Send(channel, sender, "second");
        var thread = new ReplyThread(Ids.Next(), App, channel.Id, ReplyThreadType.MESSAGE, null, first.Id, "{}", T0);
        await Store.CreateThread(thread);
        await Send(channel, sender, "a reply", thread.Id, first.Id);
        var third = await Send(channel, sender, "third");
        await Store.DeleteMessage(App, third.Id);

        var last = (await Store.GetChannel(App, channel.Id))!.LastReceivedMessage;

        Assert.NotNull(last);
        Assert.Equal(second.Id, last.Id);
        Assert.Equal(sender, last.User);
    }

    [SkippableFact]
    public async Task GetChannel_Direct_ListsItsMembers()
    {
        var ann = await AddUser("ann");
        var ben = await AddUser("ben");
        var record = await AddChannel(ChannelType.DIRECT, ann, members: [ann, ben]);

        var channel = await Store.GetChannel(App, record.Id);

        Assert.Equal([ann.Id, ben.Id], IdsOf(channel!.Members!).Order());
    }

    [SkippableFact]
    public async Task GetChannel_WithDeletedCreator_HasNoCreator()
    {
        var owner = await AddUser("gone");
        var record = await AddChannel(creator: owner);
        await Store.DeleteUser(App, owner.Id);

        Assert.Null((await Store.GetChannel(App, record.Id))!.Creator);
    }

    [SkippableFact]
    public async Task GetChannel_FromAnotherApplication_IsNull()
    {
        var record = await AddChannel();

        Assert.Null(await Store.GetChannel(OtherApp, record.Id));
    }

    [SkippableFact]
    public async Task UpsertChannel_Twice_UpdatesTheRow()
    {
        var record = await AddChannel(name: "old");

        await Store.UpsertChannel(record with { Name = "new", DisplayName = "New", PropertiesJson = """{"x":1}""" });

        var channel = await Store.GetChannel(App, record.Id);
        Assert.Equal(("new", "New", """{"x":1}"""), (channel!.Name, channel.DisplayName, channel.PropertiesJson));
    }

    [SkippableFact]
    public async Task ListChannels_FromAnotherApplication_IsEmpty()
    {
        await AddChannel();

        var page = await Store.ListChannels(OtherApp, new ChannelQuery(), PageRequest.First);

        Assert.Empty(page.Items);
        Assert.Equal(0, page.TotalElements);
    }

    [SkippableFact]
    public async Task ListChannels_SortedByTypeDescending_PutsPrivateBeforePublic()
    {
        var publicChannel = await AddChannel(ChannelType.PUBLIC);
        var privateChannel = await AddChannel(ChannelType.PRIVATE);

        var page = await Store.ListChannels(App, new ChannelQuery(), new PageRequest(0, 25, [new SortOrder("type", Descending: false)]));

        Assert.Equal([privateChannel.Id, publicChannel.Id], IdsOf(page.Items));
    }

    [SkippableFact]
    public async Task ListChannels_ByType_KeepsThatTypeOnly()
    {
        var publicChannel = await AddChannel(ChannelType.PUBLIC);
        await AddChannel(ChannelType.PRIVATE);
        await AddChannel(ChannelType.DIRECT);

        var page = await Store.ListChannels(App, new ChannelQuery(Type: ChannelType.PUBLIC), PageRequest.First);

        Assert.Equal([publicChannel.Id], IdsOf(page.Items));
        Assert.Equal(1, page.TotalElements);
    }

    [SkippableFact]
    public async Task ListChannels_ByMemberNames_KeepsChannelsHavingAllOfThem()
    {
        var ann = await AddUser("ann");
        var ben = await AddUser("ben");
        var cy = await AddUser("cy");
        var both = await AddChannel(members: [ann, ben]);
        var all = await AddChannel(members: [ann, ben, cy]);
        await AddChannel(members: [ann, cy]);
        await AddChannel(members: [ben]);

        var page = await Store.ListChannels(App, new ChannelQuery(MemberNames: ["ann", "ben"]), PageRequest.First);

        Assert.Equal([both.Id, all.Id], IdsOf(page.Items));
        Assert.Equal(2, page.TotalElements);
    }

    [SkippableFact]
    public async Task ListChannels_ByTimeRange_IncludesTheStartAndExcludesTheEnd()
    {
        await AddChannel(created: T0.AddMilliseconds(-1));
        var atStart = await AddChannel(created: T0);
        var inside = await AddChannel(created: T0.AddMinutes(30));
        await AddChannel(created: T0.AddHours(1));

        var page = await Store.ListChannels(App, new ChannelQuery(StartTime: T0, EndTime: T0.AddHours(1)), PageRequest.First);

        Assert.Equal([atStart.Id, inside.Id], IdsOf(page.Items));
    }

    [SkippableFact]
    public async Task ListChannels_ByProperties_KeepsChannelsContainingThem()
    {
        var match = await AddChannel(properties: """{"kind":"support","priority":1}""");
        await AddChannel(properties: """{"kind":"sales","priority":1}""");
        await AddChannel();

        var page = await Store.ListChannels(App, new ChannelQuery(PropertiesJson: """{"kind":"support"}"""), PageRequest.First);

        Assert.Equal([match.Id], IdsOf(page.Items));
        Assert.Equal(1, page.TotalElements);
    }

    [SkippableFact]
    public async Task ListChannels_SortedByNameDescending_PagesInThatOrder()
    {
        var b = await AddChannel(name: "bravo");
        var a = await AddChannel(name: "alpha");
        var c = await AddChannel(name: "charlie");

        var first = await Store.ListChannels(App, new ChannelQuery(), Page(0, 2, new SortOrder("name", true)));
        var second = await Store.ListChannels(App, new ChannelQuery(), Page(1, 2, new SortOrder("name", true)));

        Assert.Equal([c.Id, b.Id], IdsOf(first.Items));
        Assert.Equal([a.Id], IdsOf(second.Items));
        Assert.Equal(3, second.TotalElements);
    }

    [SkippableFact]
    public async Task ListChannels_WithUnknownSortProperty_ThrowsValidationError()
    {
        var error = await Assert.ThrowsAsync<KittyException>(
            () => Store.ListChannels(App, new ChannelQuery(), Page(0, 10, new SortOrder("members", false))));

        Assert.Equal(KittyError.ValidationError, error.Error);
    }

    [SkippableFact]
    public async Task ListUserChannels_IncludesCreatedAndJoinedChannelsOnly()
    {
        var user = await AddUser("joiner");
        var other = await AddUser("other");
        var created = await AddChannel(creator: user);
        var joined = await AddChannel(creator: other, members: [user, other]);
        await AddChannel(creator: other, members: [other]);
        var both = await AddChannel(creator: user, members: [user]);

        var page = await Store.ListUserChannels(App, user.Id, PageRequest.First);

        Assert.Equal([created.Id, joined.Id, both.Id], IdsOf(page.Items));
        Assert.Equal(3, page.TotalElements);
        Assert.Empty((await Store.ListUserChannels(OtherApp, user.Id, PageRequest.First)).Items);
    }

    [SkippableFact]
    public async Task DeleteChannel_RemovesItWithItsRelationsThreadsAndMessages()
    {
        var user = await AddUser("member");
        var channel = await AddChannel(creator: user, members: [user]);
        await Store.AddModerator(App, channel.Id, user.Id, T0);
        await Store.AddInvite(App, channel.Id, user.Id, T0);
        var message = await Send(channel, user);

        await Store.DeleteChannel(App, channel.Id);

        Assert.Null(await Store.GetChannel(App, channel.Id));
        Assert.Null(await Store.GetThread(App, channel.MainThreadId));
        Assert.Null(await Store.GetMessage(App, message.Id));
        Assert.Equal(0, (await Store.ListMembers(App, channel.Id, PageRequest.First)).TotalElements);
        Assert.Equal(0, (await Store.ListModerators(App, channel.Id, PageRequest.First)).TotalElements);
        Assert.Equal(0, (await Store.ListInvites(App, channel.Id, PageRequest.First)).TotalElements);
        Assert.Empty((await Store.ListUserChannels(App, user.Id, PageRequest.First)).Items);
    }

    [SkippableFact]
    public async Task DeleteChannel_FromAnotherApplication_DeletesNothing()
    {
        var channel = await AddChannel();

        await Store.DeleteChannel(OtherApp, channel.Id);

        Assert.NotNull(await Store.GetChannel(App, channel.Id));
    }
}
