using Kitty.Abstractions.Channels;
using Kitty.Abstractions.Errors;
using Kitty.Abstractions.Messages;
using Kitty.Abstractions.Paging;
using Kitty.Abstractions.Realtime;
using Kitty.Abstractions.Users;
using Kitty.Testing;

namespace Kitty.Grains.Tests.Realtime;

/// <summary>Read receipts, read pointers and unread counts, hidden channels and messages deleted for one member.</summary>
[Collection(ClusterCollection.Name)]
public sealed class ReadStateTests(ClusterFixture fixture) : GrainTestBase(fixture)
{
    private IMessageDirectoryGrain Messages => Grains.GetGrain<IMessageDirectoryGrain>(ApplicationId);

    private SendMessage Text(long userId, string body) => new(ApplicationId, userId, body, null, null, "{}");

    private async Task<(ChatUser Jane, ChatUser John, IChannelGrain Channel, Channel Model)> Room(
        ChannelType type = ChannelType.PRIVATE, string prefix = "")
    {
        var jane = await CreateUser($"{prefix}jane");
        var john = await CreateUser($"{prefix}john");
        var model = type == ChannelType.DIRECT
            ? await Channels.CreateChannel(new CreateChannel(ApplicationId, ChannelType.DIRECT, null, null,
                UserReference.ById(jane.Id), [UserReference.ById(john.Id)], "{}"))
            : await CreateGroupChannel(type, $"room-{Guid.NewGuid():N}", jane, john);
        return (jane, john, Grains.GetGrain<IChannelGrain>(model.Id), model);
    }

    [Fact]
    public async Task ReadMessage_StoresTheReceipt_AndAnnouncesItToTheChannelAndTheAuthor()
    {
        var (jane, john, channel, model) = await Room();
        var message = await channel.SendMessage(Text(jane.Id, "hi"));
        await using var channelEvents = await ListenToChannel(model.Id);
        await using var authorEvents = await ListenToUser(jane.Id);

        var receipt = await channel.ReadMessage(ApplicationId, john.Id, message.Id);

        Assert.Equal(john.Id, receipt.User.Id);
        foreach (var probe in new[] { channelEvents, authorEvents })
        {
            var created = await probe.Next(ChatEventTypes.ReadReceiptCreated, e => e.Message?.Id == message.Id);
            Assert.Equal(john.Id, created.ReadReceipt!.User.Id);
        }

        var receipts = await Messages.ListReadReceipts(message.Id, new PageRequest(0, 10, []));
        Assert.Equal([john.Id], receipts.Items.Select(r => r.User.Id));
    }

    [Fact]
    public async Task ReadChannel_ClearsTheUnreadCounts_AndRaisesAReceiptForTheNewestMessage()
    {
        var (jane, john, channel, model) = await Room();
        for (var i = 0; i < 3; i++) await channel.SendMessage(Text(jane.Id, $"m{i}"));
        var newest = await channel.SendMessage(Text(jane.Id, "newest"));
        await channel.SendMessage(Text(john.Id, "mine do not count"));
        Assert.Equal(4, await Messages.CountUnreadMessages(john.Id, model.Id));
        Assert.Equal(1, await Messages.CountUnreadChannels(john.Id));
        await using var authorEvents = await ListenToUser(jane.Id);

        await channel.ReadChannel(ApplicationId, john.Id);

        Assert.Equal(0, await Messages.CountUnreadMessages(john.Id, model.Id));
        Assert.Equal(0, await Messages.CountUnreadMessages(john.Id, null));
        Assert.Equal(0, await Messages.CountUnreadChannels(john.Id));
        var created = await authorEvents.Next(ChatEventTypes.ReadReceiptCreated);
        Assert.Equal(newest.Id, created.Message!.Id);
        await channel.SendMessage(Text(jane.Id, "later"));
        Assert.Equal(1, await Messages.CountUnreadMessages(john.Id, null));
    }

    [Fact]
    public async Task ReadMessage_OfAnotherChannelsMessage_IsNotFound_AndNonMembersAreRefused()
    {
        var (jane, _, channel, _) = await Room();
        var (other, _, otherChannel, _) = await Room(prefix: "other-");
        var elsewhere = await otherChannel.SendMessage(Text(other.Id, "elsewhere"));
        var here = await channel.SendMessage(Text(jane.Id, "here"));

        Assert.Equal(KittyError.ResourceNotFoundError, await RefusalOf(() => channel.ReadMessage(ApplicationId, jane.Id, elsewhere.Id)));
        Assert.Equal(KittyError.NotAChannelMemberError, await RefusalOf(() => channel.ReadMessage(ApplicationId, other.Id, here.Id)));
    }

    [Fact]
    public async Task HideChannel_HidesADirectChannelUntilTheNextMessage()
    {
        var (jane, john, channel, model) = await Room(ChannelType.DIRECT);
        await using var johnEvents = await ListenToUser(john.Id);

        await channel.Hide(ApplicationId, john.Id);
        Assert.Equal(model.Id, (await johnEvents.Next(ChatEventTypes.UserChannelHidden)).Channel!.Id);
        await channel.SendMessage(Text(jane.Id, "are you there?"));

        Assert.Equal(model.Id, (await johnEvents.Next(ChatEventTypes.UserChannelUnhidden)).Channel!.Id);
    }

    [Fact]
    public async Task HideChannel_OfAGroupChannel_IsRefused()
    {
        var (jane, _, channel, _) = await Room();
        Assert.Equal(KittyError.InvalidOperationError, await RefusalOf(() => channel.Hide(ApplicationId, jane.Id)));
    }

    [Fact]
    public async Task DeleteMessageForMember_LeavesOnlyThatMembersListings()
    {
        var (jane, john, channel, model) = await Room();
        var message = await channel.SendMessage(Text(jane.Id, "oops"));

        await channel.DeleteMessageForMember(ApplicationId, john.Id, message.Id);

        var forJohn = await Messages.ListMessages(new MessageQuery(ChannelId: model.Id, ViewerId: john.Id), new CursorRequest(10, null, null, CursorRelation.SELF));
        var forJane = await Messages.ListMessages(new MessageQuery(ChannelId: model.Id, ViewerId: jane.Id), new CursorRequest(10, null, null, CursorRelation.SELF));
        Assert.Empty(forJohn.Items);
        Assert.Equal([message.Id], forJane.Items.Select(m => m.Id));
    }
}
