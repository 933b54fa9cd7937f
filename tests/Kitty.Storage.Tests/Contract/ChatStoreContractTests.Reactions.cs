using Kitty.Abstractions.Paging;

namespace Kitty.Storage.Tests.Contract;

/// <summary>Reactions (migration 0004): one per (message, user, emoji), summarised on the message.</summary>
public abstract partial class ChatStoreContractTests
{
    [SkippableFact]
    public async Task AddReaction_Twice_KeepsOneWithTheFirstTime()
    {
        var (channel, reader, writer) = await ChannelWithReaderAndWriter();
        var message = await Send(channel, writer);

        Assert.True(await Store.AddReaction(App, message.Id, reader.Id, "👍", T0));
        Assert.False(await Store.AddReaction(App, message.Id, reader.Id, "👍", T0.AddMinutes(1)));

        var reaction = Assert.Single((await Store.ListReactions(App, message.Id, PageRequest.First)).Items);
        Assert.Equal((reader.Id, "👍", T0), (reaction.User.Id, reaction.Emoji, reaction.CreatedTime));
        var summary = Assert.Single((await Store.GetMessage(App, message.Id))!.Reactions);
        Assert.Equal(("👍", 1), (summary.Emoji, summary.Count));
    }

    [SkippableFact]
    public async Task RemoveReaction_Twice_RemovesItOnce()
    {
        var (channel, reader, writer) = await ChannelWithReaderAndWriter();
        var message = await Send(channel, writer);
        await Store.AddReaction(App, message.Id, reader.Id, "🎉", T0);

        Assert.NotNull(await Store.RemoveReaction(App, message.Id, reader.Id, "🎉"));
        Assert.Null(await Store.RemoveReaction(App, message.Id, reader.Id, "🎉"));

        Assert.Empty((await Store.ListReactions(App, message.Id, PageRequest.First)).Items);
        Assert.Empty((await Store.GetMessage(App, message.Id))!.Reactions);
    }

    [SkippableFact]
    public async Task Reactions_InAnotherApplication_AreNeitherAddedNorSeenNorRemoved()
    {
        var (channel, reader, writer) = await ChannelWithReaderAndWriter();
        var message = await Send(channel, writer);
        await Store.AddReaction(App, message.Id, reader.Id, "👍", T0);

        Assert.False(await Store.AddReaction(OtherApp, message.Id, writer.Id, "👍", T0));
        Assert.Empty((await Store.ListReactions(OtherApp, message.Id, PageRequest.First)).Items);
        Assert.Null(await Store.FindReaction(OtherApp, message.Id, reader.Id, "👍"));
        Assert.Null(await Store.RemoveReaction(OtherApp, message.Id, reader.Id, "👍"));
        Assert.Single((await Store.ListReactions(App, message.Id, PageRequest.First)).Items);
    }

    [SkippableFact]
    public async Task AddReaction_ToADeletedMessage_AddsNothing()
    {
        var (channel, reader, writer) = await ChannelWithReaderAndWriter();
        var message = await Send(channel, writer);
        await Store.DeleteMessage(App, message.Id);

        Assert.False(await Store.AddReaction(App, message.Id, reader.Id, "👍", T0));
    }

    [SkippableFact]
    public async Task DeleteChannel_TakesItsReactionsAlong()
    {
        var (channel, reader, writer) = await ChannelWithReaderAndWriter();
        var message = await Send(channel, writer);
        await Store.AddReaction(App, message.Id, reader.Id, "👍", T0);

        await Store.DeleteChannel(App, channel.Id);
        await Recreate(channel, reader, writer);
        await Store.AppendMessage(message, null);

        Assert.Null(await Store.FindReaction(App, message.Id, reader.Id, "👍"));
        Assert.True(await Store.AddReaction(App, message.Id, reader.Id, "👍", T0));
    }
}
