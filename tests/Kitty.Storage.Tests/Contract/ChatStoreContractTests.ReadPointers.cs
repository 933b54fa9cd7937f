using Kitty.Abstractions.Channels;
using Kitty.Abstractions.Messages;
using Kitty.Abstractions.Users;

namespace Kitty.Storage.Tests.Contract;

/// <summary>Read pointers (migration 0004) as unread counts show them.</summary>
public abstract partial class ChatStoreContractTests
{
    [SkippableFact]
    public async Task SetReadPointer_NeverMovesBack()
    {
        var (channel, reader, writer) = await ChannelWithReaderAndWriter();
        for (var i = 0; i < 3; i++) await Send(channel, writer);

        await Store.SetReadPointer(App, channel.Id, reader.Id, 2);
        await Store.SetReadPointer(App, channel.Id, reader.Id, 2);
        await Store.SetReadPointer(App, channel.Id, reader.Id, 1);

        Assert.Equal(1, await Store.CountUnreadMessages(App, reader.Id, channel.Id));
    }

    [SkippableFact]
    public async Task SetReadPointer_InAnotherApplication_ChangesNothing()
    {
        var (channel, reader, writer) = await ChannelWithReaderAndWriter();
        await Send(channel, writer);

        await Store.SetReadPointer(OtherApp, channel.Id, reader.Id, 1);

        Assert.Equal(1, await Store.CountUnreadMessages(App, reader.Id, channel.Id));
        Assert.Equal(0, await Store.CountUnreadMessages(OtherApp, reader.Id, channel.Id));
    }

    [SkippableFact]
    public async Task RemoveMember_ForgetsTheMembersReadPointer()
    {
        var (channel, reader, writer) = await ChannelWithReaderAndWriter();
        await Send(channel, writer);
        await Store.SetReadPointer(App, channel.Id, reader.Id, 1);

        await Store.RemoveMember(App, channel.Id, reader.Id);
        await Store.AddMember(App, channel.Id, reader.Id, T0);

        Assert.Equal(1, await Store.CountUnreadMessages(App, reader.Id, channel.Id));
    }

    [SkippableFact]
    public async Task DeleteChannel_TakesItsReadPointersAlong()
    {
        var (channel, reader, writer) = await ChannelWithReaderAndWriter();
        await Send(channel, writer);
        await Store.SetReadPointer(App, channel.Id, reader.Id, 1);

        await Store.DeleteChannel(App, channel.Id);
        var again = await Recreate(channel, reader, writer);
        await Send(again, writer);

        Assert.Equal(1, await Store.CountUnreadMessages(App, reader.Id, channel.Id));
    }

    private async Task<(ChannelRecord Channel, ChatUser Reader, ChatUser Writer)> ChannelWithReaderAndWriter()
    {
        var reader = await AddUser($"reader-{Ids.Next()}");
        var writer = await AddUser($"writer-{Ids.Next()}");
        var channel = await AddChannel(ChannelType.PRIVATE, members: [reader, writer]);
        return (channel, reader, writer);
    }

    /// <summary>The same channel id again after a delete: whatever survived the delete would show.</summary>
    private async Task<ChannelRecord> Recreate(ChannelRecord channel, params ChatUser[] members)
    {
        await Store.UpsertChannel(channel);
        await Store.CreateThread(new(channel.MainThreadId, channel.ApplicationId, channel.Id, ReplyThreadType.MAIN, null, null, "{}", T0));
        foreach (var member in members) await Store.AddMember(channel.ApplicationId, channel.Id, member.Id, T0);
        return channel;
    }
}
