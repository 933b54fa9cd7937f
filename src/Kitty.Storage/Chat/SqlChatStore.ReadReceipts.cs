using Kitty.Abstractions.Messages;
using Kitty.Abstractions.Paging;
using Kitty.Storage.Sql;

namespace Kitty.Storage.Chat;

public sealed partial class SqlChatStore
{
    public Task AddReadReceipt(long applicationId, long messageId, long userId, DateTimeOffset time) =>
        Write(w => w.Command("INSERT INTO read_receipts (message_id, user_id, application_id, created_time) VALUES (@message, @user, @app, @time) ON CONFLICT DO NOTHING")
            .With("@message", messageId)
            .With("@user", userId)
            .With("@app", applicationId)
            .With("@time", DbTime.ToDb(time))
            .ExecuteNonQueryAsync());

    /// <summary>Readers of a message, first reader first (then by user id).</summary>
    public Task<Page<ReadReceipt>> ListReadReceipts(long applicationId, long messageId, PageRequest page)
    {
        page = Paging.Normalize(page);
        var filter = new SqlFilter();
        filter.Where($"r.message_id = {filter.Param(messageId)}");
        filter.Where($"r.application_id = {filter.Param(applicationId)}");
        filter.Where("u.application_id = r.application_id");
        var columns = $"{Rows.UserColumns("u")}, r.created_time";
        return Read(connection => Paging.ReadAsync(
            connection, columns, "read_receipts r JOIN users u ON u.id = r.user_id", filter, "r.created_time ASC, u.id ASC", page,
            r => new ReadReceipt(messageId, Rows.User(r), DbTime.FromDb(r.GetInt64(Rows.UserColumnCount)))));
    }
}
