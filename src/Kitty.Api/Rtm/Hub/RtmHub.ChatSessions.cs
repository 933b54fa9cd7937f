using Kitty.Abstractions.Channels;
using Kitty.Abstractions.Errors;
using Kitty.Abstractions.Messages;
using Kitty.Abstractions.Users;
using Kitty.Api.Rtm.Feeds;

namespace Kitty.Api.Rtm.Hub;

/// <summary>Chat sessions: a connection's live presence in a channel (realtime-protocol.md §2.1).</summary>
internal sealed partial class RtmHub
{
    /// <summary>
    /// <c>StartChatSession(channelId)</c> → <c>{ channel, lastMessageSeq }</c>. The connection joins the channel's
    /// group and the node follows the channel before the grain is asked, so no event after
    /// <c>lastMessageSeq</c> is missed.
    /// </summary>
    public async Task<object?> StartChatSession(object? channelId)
    {
        var id = HubArgs.Id(channelId, "channelId");
        var connection = Connection;
        await MemberChannel(id);
        await connection.Gate.WaitAsync();
        try
        {
            var isNew = !connection.HasChatSession(id);
            if (isNew)
            {
                await grains.GetGrain<IUserGrain>(Me).AttachChatSession(connection.ConnectionId, id);
                await feeds.Acquire(FeedKey.Channel(id));
                connection.SetChatSession(id, null);
                await Groups.AddToGroupAsync(connection.ConnectionId, RtmGroups.Channel(id));
            }

            try
            {
                var start = await grains.GetGrain<IChannelGrain>(id).StartChatSession(App, Me, connection.ConnectionId, connection.UserSessionId);
                feeds.SetMainThread(id, start.Channel.MainThreadId);
                return new Dictionary<string, object?>
                {
                    ["channel"] = await RenderChannel(start.Channel),
                    ["lastMessageSeq"] = start.LastMessageSeq,
                };
            }
            catch when (isNew)
            {
                await LeaveChatSession(id);
                throw;
            }
        }
        finally
        {
            connection.Gate.Release();
        }
    }

    /// <summary><c>EndChatSession(channelId)</c> (no error when there is none).</summary>
    public async Task<object?> EndChatSession(object? channelId)
    {
        var id = HubArgs.Id(channelId, "channelId");
        var connection = Connection;
        await connection.Gate.WaitAsync();
        try
        {
            await grains.GetGrain<IChannelGrain>(id).EndChatSession(App, connection.ConnectionId);
            await LeaveChatSession(id);
            return null;
        }
        finally
        {
            connection.Gate.Release();
        }
    }

    /// <summary><c>SetChatSessionThread(channelId, threadId?)</c>: thread events of that thread reach the session.</summary>
    public async Task<object?> SetChatSessionThread(object? channelId, object? threadId)
    {
        var id = HubArgs.Id(channelId, "channelId");
        var thread = HubArgs.OptionalId(threadId, "threadId");
        var connection = Connection;
        if (thread is { } t && (await grains.GetGrain<IMessageDirectoryGrain>(App).GetThread(t)).ChannelId != id)
        {
            throw KittyException.Invalid($"Thread {t} is not a thread of channel {id}");
        }

        await connection.Gate.WaitAsync();
        try
        {
            if (!connection.HasChatSession(id))
            {
                throw new KittyException(KittyError.InvalidOperationError, $"No active chat session in channel {id}");
            }

            if (connection.ThreadOf(id) is { } previous)
            {
                await Groups.RemoveFromGroupAsync(connection.ConnectionId, RtmGroups.Thread(previous));
            }

            connection.SetChatSession(id, thread);
            if (thread is { } current)
            {
                await Groups.AddToGroupAsync(connection.ConnectionId, RtmGroups.Thread(current));
            }

            return null;
        }
        finally
        {
            connection.Gate.Release();
        }
    }

    /// <summary>Forgets a chat session on this node: groups, the user grain's record and the channel feed.</summary>
    private async Task LeaveChatSession(long channelId)
    {
        var connection = Connection;
        if (!connection.RemoveChatSession(channelId, out var thread))
        {
            return;
        }

        await Groups.RemoveFromGroupAsync(connection.ConnectionId, RtmGroups.Channel(channelId));
        if (thread is { } t)
        {
            await Groups.RemoveFromGroupAsync(connection.ConnectionId, RtmGroups.Thread(t));
        }

        await grains.GetGrain<IUserGrain>(Me).DetachChatSession(connection.ConnectionId, channelId);
        await feeds.Release(FeedKey.Channel(channelId));
    }
}
