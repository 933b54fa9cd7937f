using Kitty.Abstractions.Messages;
using Kitty.Abstractions.Paging;
using Kitty.Storage;

namespace Kitty.Grains.Messages;

[StatelessWorker]
public sealed partial class MessageDirectoryGrain(IChatStore store) : Grain, IMessageDirectoryGrain
{
    private const int MaxCatchUpSize = 100;

    private long ApplicationId => this.GetPrimaryKeyLong();

    public async Task<Message> GetMessage(long messageId) =>
        await store.GetMessage(ApplicationId, messageId) ?? throw KittyException.NotFound("Message");

    public async Task<CursorPage<Message>> ListMessages(MessageQuery query, CursorRequest cursor)
    {
        if (query.ChannelId is { } channelId && await store.GetChannel(ApplicationId, channelId) is null)
            throw KittyException.NotFound("Channel");
        if (query.ThreadId is { } threadId && await store.GetThread(ApplicationId, threadId) is null)
            throw KittyException.NotFound("Thread");
        if (query.MemberUserId is { } userId && await store.GetUser(ApplicationId, userId) is null)
            throw KittyException.NotFound("User");
        return await store.ListMessages(ApplicationId, query, cursor);
    }

    public async Task<IReadOnlyList<Message>> ListMessagesAfterSeq(long channelId, long afterSeq, int size)
    {
        if (await store.GetChannel(ApplicationId, channelId) is null) throw KittyException.NotFound("Channel");
        return await store.ListMessagesAfterSeq(ApplicationId, channelId, afterSeq, Math.Clamp(size, 1, MaxCatchUpSize));
    }

    public async Task<ReplyThread> GetThread(long threadId) =>
        await store.GetThread(ApplicationId, threadId) ?? throw KittyException.NotFound("Thread");

    public async Task<ReplyThread?> FindReplyThread(long messageId)
    {
        _ = await GetMessage(messageId);
        return await store.FindMessageThread(ApplicationId, messageId);
    }

    public async Task<Page<ReadReceipt>> ListReadReceipts(long messageId, PageRequest page)
    {
        _ = await GetMessage(messageId);
        return await store.ListReadReceipts(ApplicationId, messageId, page);
    }

    public Task DeleteAllMessages() => store.DeleteAllMessages(ApplicationId);
}
