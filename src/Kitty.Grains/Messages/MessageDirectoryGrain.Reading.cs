using Kitty.Abstractions.Messages;
using Kitty.Abstractions.Paging;

namespace Kitty.Grains.Messages;

/// <summary>Reactions, threads and unread counts, read from the chat store.</summary>
public sealed partial class MessageDirectoryGrain
{
    public async Task<Page<Reaction>> ListReactions(long messageId, PageRequest page)
    {
        _ = await GetMessage(messageId);
        return await store.ListReactions(ApplicationId, messageId, page);
    }

    public async Task<Page<ReplyThread>> ListThreads(long channelId, PageRequest page)
    {
        if (await store.GetChannel(ApplicationId, channelId) is null) throw KittyException.NotFound("Channel");
        return await store.ListThreads(ApplicationId, channelId, page);
    }

    public Task<long> CountUnreadMessages(long userId, long? channelId) => store.CountUnreadMessages(ApplicationId, userId, channelId);

    public Task<long> CountUnreadChannels(long userId) => store.CountUnreadChannels(ApplicationId, userId);
}
