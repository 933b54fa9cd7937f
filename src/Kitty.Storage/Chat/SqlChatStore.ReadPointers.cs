using Kitty.Storage.Sql;

namespace Kitty.Storage.Chat;

public sealed partial class SqlChatStore
{
    /// <summary>
    /// The unread messages of a user: main-thread, not deleted, sent by someone else (or the system) after the
    /// user's read pointer in a channel they belong to, neither deleted for them nor sent by a user they blocked.
    /// <paramref name="user"/> and <paramref name="app"/> are parameter names, never values.
    /// </summary>
    private static string UnreadFrom(string user, string app) => $"""
        messages m
        JOIN channel_members cm ON cm.channel_id = m.channel_id AND cm.user_id = {user} AND cm.application_id = {app}
        JOIN channels mc ON mc.id = m.channel_id AND mc.main_thread_id = m.thread_id
        LEFT JOIN read_pointers rp ON rp.channel_id = m.channel_id AND rp.user_id = {user} AND rp.application_id = {app}
        WHERE m.application_id = {app} AND m.deleted = 0
          AND m.seq > coalesce(rp.last_read_seq, 0)
          AND (m.user_id IS NULL OR m.user_id <> {user})
          AND NOT EXISTS (SELECT 1 FROM hidden_messages h WHERE h.user_id = {user} AND h.message_id = m.id)
          AND NOT EXISTS (SELECT 1 FROM user_blocks b WHERE b.user_id = {user} AND b.blocked_user_id = m.user_id)
        """;

    public Task SetReadPointer(long applicationId, long channelId, long userId, long seq) => Write(w => w.Command($"""
            INSERT INTO read_pointers (channel_id, user_id, application_id, last_read_seq)
            SELECT @channel, @user, @app, @seq WHERE EXISTS (SELECT 1 FROM channels WHERE id = @channel AND application_id = @app)
            ON CONFLICT (channel_id, user_id) DO UPDATE SET last_read_seq = {Dialect.Greatest("read_pointers.last_read_seq", "excluded.last_read_seq")}
            """)
        .With("@channel", channelId)
        .With("@user", userId)
        .With("@app", applicationId)
        .With("@seq", seq)
        .ExecuteNonQueryAsync());

    public Task<long> CountUnreadMessages(long applicationId, long userId, long? channelId) => Read(async connection =>
    {
        await using var command = connection
            .Query($"SELECT COUNT(*) FROM {UnreadFrom("@user", "@app")} AND (@channel IS NULL OR m.channel_id = @channel)")
            .With("@user", userId)
            .With("@app", applicationId)
            .With("@channel", channelId);
        return await command.LongAsync();
    });

    public Task<long> CountUnreadChannels(long applicationId, long userId) => Read(async connection =>
    {
        await using var command = connection
            .Query($"SELECT COUNT(DISTINCT m.channel_id) FROM {UnreadFrom("@user", "@app")}")
            .With("@user", userId)
            .With("@app", applicationId);
        return await command.LongAsync();
    });
}
