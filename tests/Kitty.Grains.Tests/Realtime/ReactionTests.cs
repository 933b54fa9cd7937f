using Kitty.Abstractions.Channels;
using Kitty.Abstractions.Errors;
using Kitty.Abstractions.Messages;
using Kitty.Abstractions.Paging;
using Kitty.Abstractions.Realtime;
using Kitty.Testing;

namespace Kitty.Grains.Tests.Realtime;

/// <summary>Reactions are summarized on their message and announced; named threads are created and listed.</summary>
[Collection(ClusterCollection.Name)]
public sealed class ReactionTests(ClusterFixture fixture) : GrainTestBase(fixture)
{
    private IMessageDirectoryGrain Messages => Grains.GetGrain<IMessageDirectoryGrain>(ApplicationId);

    [Fact]
    public async Task React_SummarizesOnTheMessage_AndAnnouncesTheReactionAndTheUpdate()
    {
        var jane = await CreateUser("jane");
        var john = await CreateUser("john");
        var model = await CreateGroupChannel(ChannelType.PUBLIC, $"room-{Guid.NewGuid():N}", jane, john);
        var channel = Grains.GetGrain<IChannelGrain>(model.Id);
        var message = await channel.SendMessage(new SendMessage(ApplicationId, jane.Id, "ship it", null, null, "{}"));
        await using var events = await ListenToChannel(model.Id);

        var byJohn = await channel.React(ApplicationId, john.Id, message.Id, ":+1:");
        await channel.React(ApplicationId, jane.Id, message.Id, "👍");
        await channel.React(ApplicationId, jane.Id, message.Id, "🎉");
        await channel.React(ApplicationId, jane.Id, message.Id, "🎉");

        Assert.Equal("👍", byJohn.Emoji);
        Assert.Equal(3, (await events.Take(3, ChatEventTypes.ReactionCreated)).Count);
        var updated = await events.Take(3, ChatEventTypes.MessageUpdated);
        var summary = updated[^1].Message!.Reactions;
        Assert.Equal(["👍", "🎉"], summary.Select(s => s.Emoji));
        Assert.Equal([2, 1], summary.Select(s => s.Count));
        Assert.Equal([john.Id, jane.Id], summary[0].Users.Select(u => u.Id));
        Assert.Equal(summary.Select(s => s.Count), (await Messages.GetMessage(message.Id)).Reactions.Select(s => s.Count));

        var removed = await channel.RemoveReaction(ApplicationId, john.Id, message.Id, "👍");
        Assert.Equal(john.Id, (await events.Next(ChatEventTypes.ReactionRemoved)).Reaction!.User.Id);
        Assert.Equal(john.Id, removed.User.Id);
        Assert.Equal([1, 1], (await Messages.GetMessage(message.Id)).Reactions.Select(s => s.Count));
        Assert.Equal(2, (await Messages.ListReactions(message.Id, new PageRequest(0, 10, []))).TotalElements);
        Assert.Equal(KittyError.ResourceNotFoundError, await RefusalOf(() => channel.RemoveReaction(ApplicationId, john.Id, message.Id, "👍")));
        Assert.Equal(KittyError.ValidationError, await RefusalOf(() => channel.React(ApplicationId, john.Id, message.Id, "not an emoji")));
    }

    [Fact]
    public async Task CreateThread_MakesAStandaloneThread_ThatIsListed()
    {
        var jane = await CreateUser("jane");
        var model = await CreateGroupChannel(ChannelType.PUBLIC, $"room-{Guid.NewGuid():N}", jane);
        var channel = Grains.GetGrain<IChannelGrain>(model.Id);

        var first = await channel.CreateThread(ApplicationId, jane.Id, "planning", """{"topic":"q3"}""");
        var second = await channel.CreateThread(ApplicationId, jane.Id, "random", "{}");

        Assert.Equal(ReplyThreadType.STANDALONE, first.Type);
        var threads = await Messages.ListThreads(model.Id, new PageRequest(0, 10, []));
        Assert.Equal([first.Id, second.Id], threads.Items.Select(t => t.Id));
        Assert.Equal("planning", threads.Items[0].Name);
        Assert.Equal(KittyError.ValidationError, await RefusalOf(() => channel.CreateThread(ApplicationId, jane.Id, " ", "{}")));
    }
}
