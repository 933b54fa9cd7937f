using Kitty.Abstractions.Messages;
using Kitty.Abstractions.Paging;

namespace Kitty.Storage.Tests.Contract;

public abstract partial class ChatStoreContractTests
{
    [SkippableFact]
    public async Task Store_AfterReopening_KeepsEverythingWritten()
    {
        var user = await AddUser("durable");
        var channel = await AddChannel(creator: user, members: [user]);
        var message = await Send(channel, user, "persisted");
        await Store.AddReadReceipt(App, message.Id, user.Id, T0);
        var fileId = Ids.Next();
        await Store.SaveFile(App, fileId, "t", "f.bin", "application/octet-stream", [1, 2, 3], T0);

        await Reopen();

        Assert.Equal(user, await Store.GetUser(App, user.Id));
        Assert.Equal(message.Id, (await Store.GetChannel(App, channel.Id))!.LastReceivedMessage?.Id);
        Assert.Equal(1, await Store.GetLastSeq(channel.Id));
        Assert.Equal([user.Id], IdsOf((await Store.ListMembers(App, channel.Id, PageRequest.First)).Items));
        Assert.Single((await Store.ListReadReceipts(App, message.Id, PageRequest.First)).Items);
        Assert.Equal([1, 2, 3], (await Store.OpenFile(App, fileId, "t"))!.Content);
        Assert.Equal("persisted", (await Store.ListMessages(App, new MessageQuery(ChannelId: channel.Id), CursorRequest.Newest)).Items.Single().Body);
    }
}
