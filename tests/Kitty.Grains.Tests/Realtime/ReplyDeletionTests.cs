using Kitty.Abstractions.Channels;
using Kitty.Abstractions.Messages;
using Kitty.Abstractions.Realtime;
using Kitty.Testing;

namespace Kitty.Grains.Tests.Realtime;

/// <summary>A deleted reply no longer counts among its parent's replies, and the parent is announced as updated.</summary>
[Collection(ClusterCollection.Name)]
public sealed class ReplyDeletionTests(ClusterFixture fixture) : GrainTestBase(fixture)
{
    [Fact]
    public async Task DeletingAReply_LowersTheParentsRepliesCount_AndAnnouncesTheParent()
    {
        var jane = await CreateUser("jane");
        var model = await CreateGroupChannel(ChannelType.PRIVATE, $"room-{Guid.NewGuid():N}", jane);
        var channel = Grains.GetGrain<IChannelGrain>(model.Id);
        var parent = await channel.SendMessage(new SendMessage(ApplicationId, jane.Id, "parent", null, null, "{}"));
        var first = await channel.SendMessage(new SendMessage(ApplicationId, jane.Id, "r1", null, null, "{}", ReplyToMessageId: parent.Id));
        await channel.SendMessage(new SendMessage(ApplicationId, jane.Id, "r2", null, null, "{}", ReplyToMessageId: parent.Id));
        await using var events = await ListenToChannel(model.Id);

        await channel.DeleteMessage(ApplicationId, first.Id);

        // The second reply's own update of the parent (count 2) may still be in flight when the test subscribes.
        var updated = await events.Next(ChatEventTypes.MessageUpdated, e => e.Message?.Id == parent.Id && e.Message.RepliesCount < 2);
        Assert.Equal(1, updated.Message!.RepliesCount);
        Assert.Equal(parent.Seq, updated.Seq);
        Assert.Equal(1, (await Grains.GetGrain<IMessageDirectoryGrain>(ApplicationId).GetMessage(parent.Id)).RepliesCount);
    }
}
