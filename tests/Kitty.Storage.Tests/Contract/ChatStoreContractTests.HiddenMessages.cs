using Kitty.Abstractions.Messages;
using Kitty.Abstractions.Paging;

namespace Kitty.Storage.Tests.Contract;

/// <summary>Messages deleted for one user (migration 0004).</summary>
public abstract partial class ChatStoreContractTests
{
    [SkippableFact]
    public async Task HideMessage_Twice_HidesItFromThatUserOnly()
    {
        var (channel, reader, writer) = await ChannelWithReaderAndWriter();
        var hidden = await Send(channel, writer, "hidden");
        var kept = await Send(channel, writer, "kept");

        await Store.HideMessage(App, hidden.Id, reader.Id, T0);
        await Store.HideMessage(App, hidden.Id, reader.Id, T0.AddMinutes(1));

        Assert.Equal([kept.Id], IdsOf(await Listing(channel.Id, reader.Id)));
        Assert.Equal([kept.Id, hidden.Id], IdsOf(await Listing(channel.Id, writer.Id)));
        Assert.Equal(1, await Store.CountUnreadMessages(App, reader.Id, channel.Id));
    }

    [SkippableFact]
    public async Task HideMessage_InAnotherApplication_HidesNothing()
    {
        var (channel, reader, writer) = await ChannelWithReaderAndWriter();
        var message = await Send(channel, writer);

        await Store.HideMessage(OtherApp, message.Id, reader.Id, T0);

        Assert.Equal([message.Id], IdsOf(await Listing(channel.Id, reader.Id)));
    }

    [SkippableFact]
    public async Task DeleteChannel_TakesItsHiddenMessagesAlong()
    {
        var (channel, reader, writer) = await ChannelWithReaderAndWriter();
        var message = await Send(channel, writer);
        await Store.HideMessage(App, message.Id, reader.Id, T0);

        await Store.DeleteChannel(App, channel.Id);
        await Recreate(channel, reader, writer);
        await Store.AppendMessage(message, null);

        Assert.Equal([message.Id], IdsOf(await Listing(channel.Id, reader.Id)));
    }

    private async Task<IReadOnlyList<Message>> Listing(long channelId, long viewerId) =>
        (await Store.ListMessages(App, new MessageQuery(ChannelId: channelId, ViewerId: viewerId), CursorRequest.Newest)).Items;
}
