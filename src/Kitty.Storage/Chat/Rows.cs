using Kitty.Abstractions.Channels;
using Kitty.Abstractions.Messages;
using Kitty.Abstractions.Users;
using Kitty.Storage.Sql;
using System.Data.Common;

namespace Kitty.Storage.Chat;

/// <summary>Column lists and the readers that turn rows back into models, kept side by side so they agree.</summary>
internal static class Rows
{
    public const int UserColumnCount = 11;

    public static string UserColumns(string alias) =>
        $"{alias}.id, {alias}.application_id, {alias}.type, {alias}.name, {alias}.display_name, {alias}.display_picture_url, " +
        $"{alias}.is_guest, {alias}.presence_status, {alias}.presence_online, {alias}.properties, {alias}.created_time";

    public static ChatUser User(DbDataReader r) => User(r, 0)!;

    /// <summary>The user whose columns start at <paramref name="at"/>, or null when an outer join found none.</summary>
    public static ChatUser? User(DbDataReader r, int at) => r.IsDBNull(at) ? null : new ChatUser(
        r.GetInt64(at),
        r.GetInt64(at + 1),
        Enum.Parse<UserType>(r.GetString(at + 2)),
        r.GetString(at + 3),
        r.GetString(at + 4),
        r.IsDBNull(at + 5) ? null : r.GetString(at + 5),
        r.GetBoolean(at + 6),
        new UserPresence(r.GetString(at + 7), r.GetBoolean(at + 8)),
        r.GetString(at + 9),
        DbTime.FromDb(r.GetInt64(at + 10)));

    public const string ChannelColumns =
        "c.id, c.application_id, c.type, c.name, c.display_name, c.properties, c.created_time, c.creator_id, c.main_thread_id";

    public static ChannelRecord Channel(DbDataReader r) => new(
        r.GetInt64(0),
        r.GetInt64(1),
        Enum.Parse<ChannelType>(r.GetString(2)),
        r.IsDBNull(3) ? null : r.GetString(3),
        r.IsDBNull(4) ? null : r.GetString(4),
        r.GetString(5),
        DbTime.FromDb(r.GetInt64(6)),
        r.IsDBNull(7) ? null : r.GetInt64(7),
        r.GetInt64(8));

    /// <summary>Message columns followed by the sender's user columns (outer-joined as <c>u</c>).</summary>
    public static readonly string MessageColumns =
        "m.id, m.application_id, m.channel_id, m.seq, m.thread_id, m.type, m.user_id, m.body, m.file, m.group_tag, " +
        "m.properties, m.created_time, m.last_edited_time, m.nested_level, m.parent_message_id, m.replies_count, " +
        "m.mentions, m.links, " + UserColumns("u") + ", m.reactions";

    public const string MessageFrom = "messages m LEFT JOIN users u ON u.id = m.user_id AND u.application_id = m.application_id";

    public static Message Message(DbDataReader r) => new(
        r.GetInt64(0),
        r.GetInt64(1),
        r.GetInt64(2),
        r.GetInt64(3),
        r.GetInt64(4),
        Enum.Parse<MessageType>(r.GetString(5)),
        r.IsDBNull(6) ? null : r.GetInt64(6),
        User(r, 18),
        r.IsDBNull(7) ? null : r.GetString(7),
        r.IsDBNull(8) ? null : StoreJson.Read<FileProperties>(r.GetString(8)),
        r.IsDBNull(9) ? null : r.GetString(9),
        r.GetString(10),
        DbTime.FromDb(r.GetInt64(11)),
        r.IsDBNull(12) ? null : DbTime.FromDb(r.GetInt64(12)),
        r.GetInt32(13),
        r.IsDBNull(14) ? null : r.GetInt64(14),
        r.GetInt32(15),
        StoreJson.Read<List<MessageMention>>(r.GetString(16)),
        StoreJson.Read<List<MessageLink>>(r.GetString(17)))
    {
        Reactions = StoreJson.Read<List<ReactionSummary>>(r.GetString(18 + UserColumnCount)),
    };

    public const string ThreadColumns =
        "t.id, t.application_id, t.channel_id, t.type, t.name, t.parent_message_id, t.properties, t.created_time";

    public static ReplyThread Thread(DbDataReader r) => new(
        r.GetInt64(0),
        r.GetInt64(1),
        r.GetInt64(2),
        Enum.Parse<ReplyThreadType>(r.GetString(3)),
        r.IsDBNull(4) ? null : r.GetString(4),
        r.IsDBNull(5) ? null : r.GetInt64(5),
        r.GetString(6),
        DbTime.FromDb(r.GetInt64(7)));
}
