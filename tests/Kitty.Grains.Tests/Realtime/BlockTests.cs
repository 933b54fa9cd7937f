using Kitty.Abstractions.Channels;
using Kitty.Abstractions.Errors;
using Kitty.Abstractions.Messages;
using Kitty.Abstractions.Paging;
using Kitty.Abstractions.Users;
using Kitty.Testing;

namespace Kitty.Grains.Tests.Realtime;

/// <summary>Blocking hides the blocked user's messages from the blocker and keeps them out of a direct channel.</summary>
[Collection(ClusterCollection.Name)]
public sealed class BlockTests(ClusterFixture fixture) : GrainTestBase(fixture)
{
    [Fact]
    public async Task BlockedUsersMessages_AreLeftOutOfTheBlockersListings_UntilUnblocked()
    {
        var jane = await CreateUser("jane");
        var troll = await CreateUser("troll");
        var model = await CreateGroupChannel(ChannelType.PUBLIC, $"room-{Guid.NewGuid():N}", jane, troll);
        var channel = Grains.GetGrain<IChannelGrain>(model.Id);
        await channel.SendMessage(new SendMessage(ApplicationId, troll.Id, "spam", null, null, "{}"));
        var kept = await channel.SendMessage(new SendMessage(ApplicationId, jane.Id, "hello", null, null, "{}"));
        var messages = Grains.GetGrain<IMessageDirectoryGrain>(ApplicationId);
        var janeGrain = Grains.GetGrain<IUserGrain>(jane.Id);
        var query = new MessageQuery(ChannelId: model.Id, ViewerId: jane.Id);
        var newest = new CursorRequest(10, null, null, CursorRelation.SELF);

        await janeGrain.Block(ApplicationId, troll.Id);
        await janeGrain.Block(ApplicationId, troll.Id);

        Assert.Equal([kept.Id], (await messages.ListMessages(query, newest)).Items.Select(m => m.Id));
        Assert.Equal([troll.Id], (await janeGrain.ListBlocked(ApplicationId, new PageRequest(0, 10, []))).Items.Select(b => b.User.Id));
        Assert.True(await janeGrain.HasBlocked(ApplicationId, troll.Id));
        await janeGrain.Unblock(ApplicationId, troll.Id);
        Assert.Equal(2, (await messages.ListMessages(query, newest)).Items.Count);
        Assert.Equal(KittyError.ValidationError, await RefusalOf(() => janeGrain.Block(ApplicationId, jane.Id)));
    }

    [Fact]
    public async Task ABlockedUser_CannotOpenADirectChannelWithTheBlocker()
    {
        var jane = await CreateUser("jane");
        var troll = await CreateUser("troll");
        await Grains.GetGrain<IUserGrain>(jane.Id).Block(ApplicationId, troll.Id);

        Assert.Equal(KittyError.InvalidOperationError, await RefusalOf(() => Channels.CreateChannel(new CreateChannel(
            ApplicationId, ChannelType.DIRECT, null, null, UserReference.ById(troll.Id), [UserReference.ById(jane.Id)], "{}"))));
        var direct = await Channels.CreateChannel(new CreateChannel(
            ApplicationId, ChannelType.DIRECT, null, null, UserReference.ById(jane.Id), [UserReference.ById(troll.Id)], "{}"));
        Assert.Equal(ChannelType.DIRECT, direct.Type);
    }
}
