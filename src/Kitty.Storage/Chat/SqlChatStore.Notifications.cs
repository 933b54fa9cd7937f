using Kitty.Abstractions.Notifications;
using Kitty.Abstractions.Paging;
using Kitty.Storage.Sql;
using System.Data.Common;

namespace Kitty.Storage.Chat;

public sealed partial class SqlChatStore
{
    private const string Columns =
        "id, application_id, user_id, title, body, data_type, channel_id, message_id, muted, created_time, read_time, " +
        "mentioned_user_id, mentioned_channel_id, parent_message_id";

    private const string NotificationColumns =
        "n.id, n.application_id, n.user_id, n.title, n.body, n.data_type, n.channel_id, n.message_id, n.muted, n.created_time, " +
        "n.read_time, n.mentioned_user_id, n.mentioned_channel_id, n.parent_message_id";

    private const string InsertNotificationSql = $"""
        INSERT INTO notifications ({Columns})
        VALUES (@id, @app, @user, @title, @body, @dataType, @channel, @message, @muted, @created, @read,
                @mentionedUser, @mentionedChannel, @parent)
        """;

    private const string UpsertNotificationSql = $"""
        {InsertNotificationSql}
        ON CONFLICT (id) DO UPDATE SET muted = excluded.muted, read_time = excluded.read_time
        WHERE notifications.application_id = excluded.application_id
        """;

    private const string MarkNotificationReadSql = $"""
        UPDATE notifications SET read_time = COALESCE(read_time, @read)
        WHERE id = @id AND application_id = @app AND user_id = @user
        RETURNING {Columns}
        """;

    /// <summary>Stores a notification, or updates its muted flag and read time when it exists.</summary>
    public Task UpsertNotification(Notification notification) =>
        Write(w => Bind(w.Command(UpsertNotificationSql), notification).ExecuteNonQueryAsync());

    public Task InsertNotifications(IReadOnlyList<Notification> notifications) => notifications.Count == 0
        ? Task.CompletedTask
        : Write(async w =>
        {
            foreach (var notification in notifications)
                await Bind(w.Command(InsertNotificationSql), notification).ExecuteNonQueryAsync();
        });

    public Task<Notification?> MarkNotificationRead(long applicationId, long userId, long notificationId, DateTimeOffset time) =>
        Write(w => w.Command(MarkNotificationReadSql)
            .With("@id", notificationId)
            .With("@app", applicationId)
            .With("@user", userId)
            .With("@read", DbTime.ToDb(time))
            .FirstOrDefaultAsync(ReadNotification));

    public Task<CursorPage<Notification>> ListNotifications(long applicationId, long userId, CursorRequest cursor)
    {
        var filter = new SqlFilter();
        filter.Where($"n.application_id = {filter.Param(applicationId)}");
        filter.Where($"n.user_id = {filter.Param(userId)}");
        return Read(connection => CursorPaging.ReadAsync(
            connection, NotificationColumns, "notifications n", filter, "n.id", cursor, ReadNotification, n => n.Id));
    }

    private static DbCommand Bind(DbCommand command, Notification notification) => command
        .With("@id", notification.Id)
        .With("@app", notification.ApplicationId)
        .With("@user", notification.UserId)
        .With("@title", notification.Title)
        .With("@body", notification.Body)
        .With("@dataType", notification.DataType)
        .With("@channel", notification.ChannelId)
        .With("@message", notification.MessageId)
        .With("@muted", notification.Muted)
        .With("@created", DbTime.ToDb(notification.CreatedTime))
        .With("@read", DbTime.ToDb(notification.ReadTime))
        .With("@mentionedUser", notification.MentionedUserId)
        .With("@mentionedChannel", notification.MentionedChannelId)
        .With("@parent", notification.ParentMessageId);

    private static Notification ReadNotification(DbDataReader r) => new(
        r.GetInt64(0),
        r.GetInt64(1),
        r.GetInt64(2),
        r.GetString(3),
        r.GetString(4),
        r.GetString(5),
        NullableLong(r, 6),
        NullableLong(r, 7),
        r.GetBoolean(8),
        DbTime.FromDb(r.GetInt64(9)),
        r.IsDBNull(10) ? null : DbTime.FromDb(r.GetInt64(10)),
        NullableLong(r, 11),
        NullableLong(r, 12),
        NullableLong(r, 13));

    private static long? NullableLong(DbDataReader r, int ordinal) => r.IsDBNull(ordinal) ? null : r.GetInt64(ordinal);
}
