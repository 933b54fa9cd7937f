using Kitty.Abstractions.Messages;
using Kitty.Abstractions.Paging;
using Kitty.Storage.Sql;

namespace Kitty.Storage.Chat;

public sealed partial class SqlChatStore
{
    public Task<Page<ReplyThread>> ListThreads(long applicationId, long channelId, PageRequest page)
    {
        page = Paging.Normalize(page);
        var filter = new SqlFilter();
        filter.Where($"t.channel_id = {filter.Param(channelId)}");
        filter.Where($"t.application_id = {filter.Param(applicationId)}");
        filter.Where($"t.type = {filter.Param(nameof(ReplyThreadType.STANDALONE))}");
        return Read(connection => Paging.ReadAsync(
            connection, Rows.ThreadColumns, "threads t", filter, "t.created_time ASC, t.id ASC", page, Rows.Thread));
    }
}
