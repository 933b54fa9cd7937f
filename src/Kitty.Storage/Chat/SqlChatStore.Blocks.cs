using Kitty.Abstractions.Paging;
using Kitty.Abstractions.Users;
using Kitty.Storage.Sql;

namespace Kitty.Storage.Chat;

public sealed partial class SqlChatStore
{
    public Task AddUserBlock(long applicationId, long userId, long blockedUserId, DateTimeOffset time) =>
        Write(w => w.Command("INSERT INTO user_blocks (user_id, blocked_user_id, application_id, created_time) VALUES (@user, @blocked, @app, @time) ON CONFLICT DO NOTHING")
            .With("@user", userId)
            .With("@blocked", blockedUserId)
            .With("@app", applicationId)
            .With("@time", DbTime.ToDb(time))
            .ExecuteNonQueryAsync());

    public Task RemoveUserBlock(long applicationId, long userId, long blockedUserId) =>
        Write(w => w.Command("DELETE FROM user_blocks WHERE user_id = @user AND blocked_user_id = @blocked AND application_id = @app")
            .With("@user", userId)
            .With("@blocked", blockedUserId)
            .With("@app", applicationId)
            .ExecuteNonQueryAsync());

    public Task<IReadOnlyList<long>> ListUsersBlocking(long applicationId, long userId, IReadOnlyCollection<long> candidateIds) =>
        candidateIds.Count == 0
            ? Task.FromResult<IReadOnlyList<long>>([])
            : Read<IReadOnlyList<long>>(async connection =>
            {
                // One parameter whatever the number of candidates: a JSON array.
                await using var command = connection.Query($"""
                        SELECT user_id FROM user_blocks
                        WHERE blocked_user_id = @blocked AND application_id = @app
                          AND user_id IN ({Dialect.IdsOfJsonArray("@candidates")})
                        ORDER BY user_id
                        """)
                    .With("@blocked", userId)
                    .With("@app", applicationId)
                    .With("@candidates", StoreJson.Write(candidateIds));
                return await command.ListAsync(r => r.GetInt64(0));
            });

    public Task<Page<BlockedUser>> ListUserBlocks(long applicationId, long userId, PageRequest page)
    {
        page = Paging.Normalize(page);
        var filter = new SqlFilter();
        filter.Where($"b.user_id = {filter.Param(userId)}");
        filter.Where($"b.application_id = {filter.Param(applicationId)}");
        return Read(connection => Paging.ReadAsync(
            connection, $"{Rows.UserColumns("u")}, b.created_time",
            "user_blocks b JOIN users u ON u.id = b.blocked_user_id AND u.application_id = b.application_id",
            filter, "b.created_time DESC, u.id ASC", page,
            r => new BlockedUser(Rows.User(r), DbTime.FromDb(r.GetInt64(Rows.UserColumnCount)))));
    }
}
