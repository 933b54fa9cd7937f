using Kitty.Abstractions.Messages;
using Kitty.Abstractions.Paging;
using Kitty.Storage.Sql;

namespace Kitty.Storage.Chat;

public sealed partial class SqlChatStore
{
    public Task<CursorPage<Message>> ListMessages(long applicationId, MessageQuery query, CursorRequest cursor)
    {
        var filter = MessageFilter(applicationId, query);
        return Read(connection => CursorPaging.ReadAsync(
            connection, Rows.MessageColumns, Rows.MessageFrom, filter, "m.id", cursor, Rows.Message, m => m.Id));
    }

    public Task<IReadOnlyList<Message>> ListMessagesAfterSeq(long applicationId, long channelId, long afterSeq, int limit) =>
        Read<IReadOnlyList<Message>>(async connection =>
        {
            await using var command = connection.Query($"""
                SELECT {Rows.MessageColumns} FROM {Rows.MessageFrom}
                WHERE m.channel_id = @channel AND m.application_id = @app AND m.seq > @after AND m.deleted = 0
                  AND m.thread_id = (SELECT main_thread_id FROM channels WHERE id = @channel AND application_id = @app)
                ORDER BY m.seq ASC LIMIT @limit
                """)
                .With("@channel", channelId)
                .With("@app", applicationId)
                .With("@after", afterSeq)
                .With("@limit", Math.Max(0, limit));
            return await command.ListAsync(Rows.Message);
        });

    private SqlFilter MessageFilter(long applicationId, MessageQuery query)
    {
        var filter = new SqlFilter();
        var app = filter.Param(applicationId);
        filter.Where($"m.application_id = {app}").Where("m.deleted = 0");
        if (query.ChannelId is { } channelId)
        {
            var channel = filter.Param(channelId);
            filter.Where($"m.channel_id = {channel}");
            if (query.ThreadId is null)
            {
                filter.Where($"m.thread_id = (SELECT main_thread_id FROM channels WHERE id = {channel} AND application_id = {app})");
            }
        }

        if (query.ThreadId is { } threadId)
        {
            filter.Where($"m.thread_id = {filter.Param(threadId)}");
        }

        if (query.SenderName is { } senderName)
        {
            filter.Where($"m.user_id IN (SELECT id FROM users WHERE application_id = {app} AND name = {filter.Param(senderName)})");
        }

        if (!string.IsNullOrEmpty(query.BodyContains))
        {
            // Matched regardless of letter case; the escape keeps the user's % and _ literal.
            filter.Where($"m.body {Dialect.LikeIgnoringCase} {filter.Param($"%{EscapeLike(query.BodyContains)}%")} ESCAPE '\\'");
        }

        if (query.MemberUserId is { } memberId)
        {
            var member = filter.Param(memberId);
            filter.Where($"m.channel_id IN (SELECT channel_id FROM channel_members WHERE user_id = {member} AND application_id = {app})");
            if (query.UnreadOnly)
            {
                filter.Where($"m.user_id IS NULL OR m.user_id <> {member}");
                filter.Where($"NOT EXISTS (SELECT 1 FROM read_receipts rr WHERE rr.message_id = m.id AND rr.user_id = {member})");
                filter.Where($"m.seq > coalesce((SELECT rp.last_read_seq FROM read_pointers rp WHERE rp.channel_id = m.channel_id AND rp.user_id = {member}), 0)");
            }
        }

        if (query.ViewerId is { } viewerId)
        {
            var viewer = filter.Param(viewerId);
            filter.Where($"NOT EXISTS (SELECT 1 FROM hidden_messages h WHERE h.user_id = {viewer} AND h.message_id = m.id)");
            filter.Where($"NOT EXISTS (SELECT 1 FROM user_blocks b WHERE b.user_id = {viewer} AND b.blocked_user_id = m.user_id)");
        }

        return filter;
    }

    private static string EscapeLike(string text) =>
        text.Replace("\\", "\\\\", StringComparison.Ordinal)
            .Replace("%", "\\%", StringComparison.Ordinal)
            .Replace("_", "\\_", StringComparison.Ordinal);
}
