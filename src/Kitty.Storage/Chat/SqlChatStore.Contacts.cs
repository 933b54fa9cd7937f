using Kitty.Storage.Sql;

namespace Kitty.Storage.Chat;

public sealed partial class SqlChatStore
{
    // Both sides use an index (user_id, then the (channel_id, user_id) key); without ORDER BY the LIMIT stops the
    // distinct walk early, so a member of a huge channel costs at most about `limit` rows.
    public Task<IReadOnlyList<long>> ListContactIds(long applicationId, long userId, int limit) =>
        Read<IReadOnlyList<long>>(async connection =>
        {
            await using var command = connection
                .Query($"""
                    SELECT DISTINCT other.user_id FROM {Members} mine
                    JOIN {Members} other ON other.channel_id = mine.channel_id
                    WHERE mine.user_id = @user AND mine.application_id = @app AND other.user_id <> @user
                    LIMIT @limit
                    """)
                .With("@user", userId)
                .With("@app", applicationId)
                .With("@limit", Math.Max(0, limit));
            return await command.ListAsync(r => r.GetInt64(0));
        });
}
