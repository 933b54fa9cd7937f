using Kitty.Abstractions.Messages;
using Kitty.Abstractions.Paging;
using Kitty.Storage.Sql;
using System.Data.Common;

namespace Kitty.Storage.Chat;

public sealed partial class SqlChatStore
{
    private static readonly string ReactionColumns = $"r.emoji, r.created_time, {Rows.UserColumns("u")}";

    private const string ReactionFrom = "message_reactions r JOIN users u ON u.id = r.user_id AND u.application_id = r.application_id";

    public Task<bool> AddReaction(long applicationId, long messageId, long userId, string emoji, DateTimeOffset time) => Write(async w =>
    {
        var added = await w.Command("""
                INSERT INTO message_reactions (message_id, user_id, emoji, application_id, created_time)
                SELECT @message, @user, @emoji, @app, @time WHERE EXISTS (SELECT 1 FROM messages WHERE id = @message AND application_id = @app AND deleted = 0)
                ON CONFLICT DO NOTHING
                """)
            .With("@message", messageId).With("@user", userId).With("@emoji", emoji).With("@app", applicationId)
            .With("@time", DbTime.ToDb(time))
            .ExecuteNonQueryAsync();
        if (added > 0) await RefreshReactionSummary(w, applicationId, messageId);
        return added > 0;
    });

    public Task<Reaction?> RemoveReaction(long applicationId, long messageId, long userId, string emoji) => Write(async w =>
    {
        var found = await FindReaction(w.Command(FindReactionSql), applicationId, messageId, userId, emoji);
        if (found is null) return null;
        await w.Command("DELETE FROM message_reactions WHERE message_id = @message AND user_id = @user AND emoji = @emoji AND application_id = @app")
            .With("@message", messageId).With("@user", userId).With("@emoji", emoji).With("@app", applicationId)
            .ExecuteNonQueryAsync();
        await RefreshReactionSummary(w, applicationId, messageId);
        return found;
    });

    public Task<Reaction?> FindReaction(long applicationId, long messageId, long userId, string emoji) => Read(async connection =>
    {
        await using var command = connection.Query(FindReactionSql);
        return await FindReaction(command, applicationId, messageId, userId, emoji);
    });

    /// <summary>Reactions to a message, first first (then by user id and emoji).</summary>
    public Task<Page<Reaction>> ListReactions(long applicationId, long messageId, PageRequest page)
    {
        page = Paging.Normalize(page);
        var filter = new SqlFilter();
        filter.Where($"r.message_id = {filter.Param(messageId)}");
        filter.Where($"r.application_id = {filter.Param(applicationId)}");
        return Read(connection => Paging.ReadAsync(
            connection, ReactionColumns, ReactionFrom, filter, "r.created_time ASC, u.id ASC, r.emoji ASC", page,
            r => ReadReaction(r, messageId)));
    }

    private static readonly string FindReactionSql =
        $"SELECT {ReactionColumns} FROM {ReactionFrom} WHERE r.message_id = @message AND r.user_id = @user AND r.emoji = @emoji AND r.application_id = @app";

    private static Task<Reaction?> FindReaction(DbCommand command, long applicationId, long messageId, long userId, string emoji) =>
        command.With("@message", messageId).With("@user", userId).With("@emoji", emoji).With("@app", applicationId)
            .FirstOrDefaultAsync(r => ReadReaction(r, messageId));

    /// <summary>Rewrites the message's summary: one entry per emoji, first used first, naming its first few users.</summary>
    private static async Task RefreshReactionSummary(SqlWriter w, long applicationId, long messageId)
    {
        var reactions = await w.Command($"SELECT {ReactionColumns} FROM {ReactionFrom} WHERE r.message_id = @message AND r.application_id = @app ORDER BY r.created_time, u.id")
            .With("@message", messageId).With("@app", applicationId)
            .ListAsync(r => ReadReaction(r, messageId));
        var summary = reactions
            .GroupBy(r => r.Emoji, StringComparer.Ordinal)
            .Select(g => new ReactionSummary(g.Key, g.Count(), [.. g.Take(ReactionSummary.MaxUsers).Select(r => r.User)]))
            .ToList();
        await w.Command("UPDATE messages SET reactions = @reactions WHERE id = @message AND application_id = @app")
            .With("@reactions", StoreJson.Write(summary)).With("@message", messageId).With("@app", applicationId)
            .ExecuteNonQueryAsync();
    }

    private static Reaction ReadReaction(DbDataReader r, long messageId) =>
        new(messageId, r.GetString(0), Rows.User(r, 2)!, DbTime.FromDb(r.GetInt64(1)));
}
