using Kitty.Abstractions.Channels;
using Kitty.Abstractions.Errors;
using Kitty.Abstractions.Messages;
using Kitty.Testing;

namespace Kitty.Grains.Tests.Realtime;

/// <summary>A client that reconnects asks for the messages after the last seq it saw, and gets exactly those.</summary>
[Collection(ClusterCollection.Name)]
public sealed class CatchUpTests(ClusterFixture fixture) : GrainTestBase(fixture)
{
    private IMessageDirectoryGrain Messages => Grains.GetGrain<IMessageDirectoryGrain>(ApplicationId);

    [Fact]
    public async Task ListMessagesAfterSeq_ReturnsTheMissedMainThreadMessagesOldestFirst()
    {
        var jane = await CreateUser("jane");
        var model = await CreateGroupChannel(ChannelType.PUBLIC, "lobby", jane);
        var channel = Grains.GetGrain<IChannelGrain>(model.Id);
        var sent = new List<Message>();
        for (var i = 0; i < 5; i++) sent.Add(await channel.SendMessage(new SendMessage(ApplicationId, jane.Id, $"m{i}", null, null, "{}")));
        await channel.SendMessage(new SendMessage(ApplicationId, jane.Id, "reply", null, null, "{}", ReplyToMessageId: sent[0].Id));

        var missed = await Messages.ListMessagesAfterSeq(model.Id, sent[1].Seq, 50);

        Assert.Equal(sent.Skip(2).Select(m => m.Id), missed.Select(m => m.Id));
        Assert.Equal([sent[2].Id], (await Messages.ListMessagesAfterSeq(model.Id, sent[1].Seq, 0)).Select(m => m.Id));
    }

    [Fact]
    public async Task ListMessagesAfterSeq_ForAnUnknownChannel_IsNotFound()
    {
        Assert.Equal(KittyError.ResourceNotFoundError, await RefusalOf(() => Messages.ListMessagesAfterSeq(42, 0, 10)));
    }
}
