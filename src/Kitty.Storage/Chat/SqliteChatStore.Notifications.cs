using Kitty.Abstractions.Notifications;
using Kitty.Abstractions.Paging;
using Kitty.Storage.Sqlite;
using Microsoft.Data.Sqlite;

namespace Kitty.Storage.Chat;

public sealed partial class SqliteChatStore
{
    private const string NotificationColumns =
        "n.id, n.application_id, n.user_id, n.title, n.body, n.data_type, n.channel_id, n.message_id, n.muted, n.created_time, n.read_time";

    private const string UpsertNotificationSql = """
        INSERT INTO notifications (id, application_id, user_id, title, body, data_type, channel_id, message_id, muted, created_time, read_time)
        VALUES ($id, $app, $user, $title, $body, $dataType, $channel, $message, $muted, $created, $read)
        ON CONFLICT (id) DO UPDATE SET muted = excluded.muted, read_time = excluded.read_time
        WHERE notifications.application_id = excluded.application_id
        """;

    /// <summary>Stores a notification, or updates its muted flag and read time when it exists.</summary>
    public Task UpsertNotification(Notification notification) => Write(w => w.Command(UpsertNotificationSql)
        .With("$id", notification.Id)
        .With("$app", notification.ApplicationId)
        .With("$user", notification.UserId)
        .With("$title", notification.Title)
        .With("$body", notification.Body)
        .With("$dataType", notification.DataType)
        .With("$channel", notification.ChannelId)
        .With("$message", notification.MessageId)
        .With("$muted", notification.Muted)
        .With("$created", DbTime.ToDb(notification.CreatedTime))
        .With("$read", DbTime.ToDb(notification.ReadTime))
        .ExecuteNonQueryAsync());

    public Task<CursorPage<Notification>> ListNotifications(long applicationId, long userId, CursorRequest cursor)
    {
        var filter = new SqlFilter();
        filter.Where($"n.application_id = {filter.Param(applicationId)}");
        filter.Where($"n.user_id = {filter.Param(userId)}");
        return Read(connection => CursorPaging.ReadAsync(
            connection, NotificationColumns, "notifications n", filter, "n.id", cursor, ReadNotification, n => n.Id));
    }

    private static Notification ReadNotification(SqliteDataReader r) => new(
        r.GetInt64(0),
        r.GetInt64(1),
        r.GetInt64(2),
        r.GetString(3),
        r.GetString(4),
        r.GetString(5),
        r.IsDBNull(6) ? null : r.GetInt64(6),
        r.IsDBNull(7) ? null : r.GetInt64(7),
        r.GetBoolean(8),
        DbTime.FromDb(r.GetInt64(9)),
        r.IsDBNull(10) ? null : DbTime.FromDb(r.GetInt64(10)));
}
