using Kitty.Abstractions.Channels;
using Kitty.Abstractions.Paging;
using Kitty.Storage.Sql;

namespace Kitty.Storage.Chat;

public sealed partial class SqlChatStore
{
    public Task<Page<Channel>> ListChannelsForUser(long applicationId, UserChannelQuery query, PageRequest page)
    {
        page = Paging.Normalize(page);
        var filter = new SqlFilter();
        var app = filter.Param(applicationId);
        var user = filter.Param(query.UserId);
        filter.Where($"c.application_id = {app}");
        var member = $"c.id IN (SELECT channel_id FROM channel_members WHERE user_id = {user} AND application_id = {app})";
        filter.Where(query.Joined switch
        {
            true => member,
            false => $"c.type = 'PUBLIC' AND NOT ({member})",
            null => $"c.type = 'PUBLIC' OR {member}",
        });
        filter.Where($"NOT EXISTS (SELECT 1 FROM hidden_channels h WHERE h.user_id = {user} AND h.channel_id = c.id)");
        if (query.Unread)
        {
            filter.Where($"EXISTS (SELECT 1 FROM {UnreadFrom(user, app)} AND m.channel_id = c.id)");
        }

        if (!string.IsNullOrEmpty(query.Name))
        {
            // Matched regardless of letter case; the escape keeps the user's % and _ literal.
            var pattern = filter.Param($"%{EscapeLike(query.Name)}%");
            filter.Where($"c.name {Dialect.LikeIgnoringCase} {pattern} ESCAPE '\\' OR c.display_name {Dialect.LikeIgnoringCase} {pattern} ESCAPE '\\'");
        }

        return Read(async connection =>
        {
            var records = await Paging.ReadAsync(
                connection, Rows.ChannelColumns, "channels c", filter, "c.created_time DESC, c.id DESC", page, Rows.Channel);
            return await records.MapAsync(record => Render(connection, record));
        });
    }
}
