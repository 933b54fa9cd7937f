using Kitty.Abstractions.Channels;
using Kitty.Abstractions.Messages;
using Kitty.Api.Rtm.Rendering;

namespace Kitty.Api.Rtm.Hub;

/// <summary>Read receipts, unread counts, hidden channels and messages deleted for me (client-sdk.md §5, §7.3).</summary>
internal sealed partial class RtmHub
{
    /// <summary><c>ReadMessage(id)</c> → the message; <c>message.read_receipt.created</c> to the channel and its author.</summary>
    public async Task<object?> ReadMessage(object? id)
    {
        var message = await MemberMessage(HubArgs.Id(id, "id"));
        await grains.GetGrain<IChannelGrain>(message.ChannelId).ReadMessage(App, Me, message.Id);
        return await RenderMessage(message);
    }

    /// <summary><c>ReadChannel(id)</c> → the channel: everything so far is read; the newest message gets a receipt.</summary>
    public async Task<object?> ReadChannel(object? id)
    {
        var channelId = HubArgs.Id(id, "id");
        await MemberChannel(channelId);
        return await RenderChannel(await grains.GetGrain<IChannelGrain>(channelId).ReadChannel(App, Me));
    }

    /// <summary><c>ListReadReceipts(id, page?)</c>: who read the message, first reader first.</summary>
    public async Task<object?> ListReadReceipts(object? id, object? page)
    {
        var message = await MemberMessage(HubArgs.Id(id, "id"));
        var receipts = await grains.GetGrain<IMessageDirectoryGrain>(App).ListReadReceipts(message.Id, OptionalPage(page).Offset());
        return PageArgs.ToHubPage(receipts, r => ResourceTrees.ReadReceipt(r, Links));
    }

    /// <summary><c>CheckChannelUnread(id)</c> → <c>{ unread }</c>.</summary>
    public async Task<object?> CheckChannelUnread(object? id)
    {
        var channelId = HubArgs.Id(id, "id");
        await MemberChannel(channelId);
        var count = await grains.GetGrain<IMessageDirectoryGrain>(App).CountUnreadMessages(Me, channelId);
        return new Dictionary<string, object?> { ["unread"] = count > 0 };
    }

    /// <summary><c>CountUnreadChannels()</c> → <c>{ count }</c>.</summary>
    public async Task<object?> CountUnreadChannels() =>
        Count(await grains.GetGrain<IMessageDirectoryGrain>(App).CountUnreadChannels(Me));

    /// <summary><c>CountUnreadMessages(channelId | null)</c> → <c>{ count }</c>, in one channel or (null) in all of the user's.</summary>
    public async Task<object?> CountUnreadMessages(object? channelId)
    {
        var channel = HubArgs.OptionalId(channelId, "channelId");
        if (channel is { } c) await MemberChannel(c);
        return Count(await grains.GetGrain<IMessageDirectoryGrain>(App).CountUnreadMessages(Me, channel));
    }

    /// <summary><c>HideChannel(id)</c> → the channel (DIRECT only); <c>user.channel.hidden</c> until a new message.</summary>
    public async Task<object?> HideChannel(object? id)
    {
        var channelId = HubArgs.Id(id, "id");
        await MemberChannel(channelId);
        return await RenderChannel(await grains.GetGrain<IChannelGrain>(channelId).Hide(App, Me));
    }

    /// <summary><c>DeleteMessageForMe(id)</c> → the message, which leaves the caller's listings only.</summary>
    public async Task<object?> DeleteMessageForMe(object? id)
    {
        var message = await MemberMessage(HubArgs.Id(id, "id"));
        return await RenderMessage(await grains.GetGrain<IChannelGrain>(message.ChannelId).DeleteMessageForMember(App, Me, message.Id));
    }

    /// <summary>The message, if the caller is a member of its channel.</summary>
    private async Task<Message> MemberMessage(long messageId)
    {
        var message = await grains.GetGrain<IMessageDirectoryGrain>(App).GetMessage(messageId);
        await MemberChannel(message.ChannelId);
        return message;
    }

    private static PageArgs OptionalPage(object? page) =>
        PageArgs.Parse(HubArgs.Element(page).ValueKind == System.Text.Json.JsonValueKind.Object ? HubArgs.Element(page) : null);

    private static Dictionary<string, object?> Count(long count) => new() { ["count"] = count };
}
