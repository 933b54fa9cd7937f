using Kitty.Abstractions.Channels;
using Kitty.Abstractions.Paging;
using Kitty.Abstractions.Users;
using Kitty.Storage.Sql;
using System.Data.Common;

namespace Kitty.Storage.Chat;

public sealed partial class SqlChatStore
{
    // The three channel-to-user relations share one shape; the table name is one of these constants, never input.
    private const string Members = "channel_members";
    private const string Moderators = "channel_moderators";
    private const string Invites = "channel_invites";

    public Task AddMember(long applicationId, long channelId, long userId, DateTimeOffset time) =>
        AddRelation(Members, applicationId, channelId, userId, time);

    /// <summary>The member's read pointer and hidden mark go with the membership, in one transaction.</summary>
    public Task RemoveMember(long applicationId, long channelId, long userId) => Write(async w =>
    {
        foreach (var table in new[] { Members, "read_pointers", "hidden_channels" })
        {
            await w.Command($"DELETE FROM {table} WHERE channel_id = @channel AND user_id = @user AND application_id = @app")
                .With("@channel", channelId)
                .With("@user", userId)
                .With("@app", applicationId)
                .ExecuteNonQueryAsync();
        }
    });

    public Task<IReadOnlyList<long>> ListMemberChannelIds(long applicationId, long userId) =>
        Read<IReadOnlyList<long>>(async connection =>
        {
            await using var command = connection
                .Query($"SELECT channel_id FROM {Members} WHERE user_id = @user AND application_id = @app ORDER BY channel_id")
                .With("@user", userId)
                .With("@app", applicationId);
            return await command.ListAsync(r => r.GetInt64(0));
        });

    public Task<Page<ChatUser>> ListMembers(long applicationId, long channelId, PageRequest page) =>
        ListRelation(Members, applicationId, channelId, page, byRelationTime: false, r => Rows.User(r));

    public Task<Page<ChannelMembership>> ListMemberships(long applicationId, long channelId, PageRequest page) =>
        ListRelation(Members, applicationId, channelId, page, byRelationTime: true, r => new ChannelMembership(channelId, Rows.User(r), RelationTime(r)));

    public Task AddModerator(long applicationId, long channelId, long userId, DateTimeOffset time) =>
        AddRelation(Moderators, applicationId, channelId, userId, time);

    public Task RemoveModerator(long applicationId, long channelId, long userId) =>
        RemoveRelation(Moderators, applicationId, channelId, userId);

    public Task<Page<ChatUser>> ListModerators(long applicationId, long channelId, PageRequest page) =>
        ListRelation(Moderators, applicationId, channelId, page, byRelationTime: false, r => Rows.User(r));

    public Task AddInvite(long applicationId, long channelId, long userId, DateTimeOffset time) =>
        AddRelation(Invites, applicationId, channelId, userId, time);

    public Task RemoveInvite(long applicationId, long channelId, long userId) =>
        RemoveRelation(Invites, applicationId, channelId, userId);

    public Task<Page<ChannelInvite>> ListInvites(long applicationId, long channelId, PageRequest page) =>
        ListRelation(Invites, applicationId, channelId, page, byRelationTime: true, r => new ChannelInvite(channelId, Rows.User(r), RelationTime(r)));

    private Task AddRelation(string table, long applicationId, long channelId, long userId, DateTimeOffset time) =>
        Write(w => w.Command($"INSERT INTO {table} (channel_id, user_id, application_id, created_time) VALUES (@channel, @user, @app, @time) ON CONFLICT DO NOTHING")
            .With("@channel", channelId)
            .With("@user", userId)
            .With("@app", applicationId)
            .With("@time", DbTime.ToDb(time))
            .ExecuteNonQueryAsync());

    private Task RemoveRelation(string table, long applicationId, long channelId, long userId) =>
        Write(w => w.Command($"DELETE FROM {table} WHERE channel_id = @channel AND user_id = @user AND application_id = @app")
            .With("@channel", channelId)
            .With("@user", userId)
            .With("@app", applicationId)
            .ExecuteNonQueryAsync());

    /// <summary>
    /// Users related to a channel, by relation time then user id unless other keys are requested; listings of
    /// the relations themselves (memberships, invites) sort <c>createdTime</c> by the relation's time.
    /// </summary>
    private Task<Page<T>> ListRelation<T>(
        string table, long applicationId, long channelId, PageRequest page, bool byRelationTime, Func<DbDataReader, T> read)
    {
        page = Paging.Normalize(page);
        var sort = byRelationTime ? SortClause.Relations("u", "r") : SortClause.Users("u");
        var orderBy = sort.Build(page.Sort, fallback: "r.created_time ASC, u.id ASC");
        var filter = new SqlFilter();
        filter.Where($"r.channel_id = {filter.Param(channelId)}");
        filter.Where($"r.application_id = {filter.Param(applicationId)}");
        filter.Where("u.application_id = r.application_id");
        var columns = $"{Rows.UserColumns("u")}, r.created_time";
        return Read(connection => Paging.ReadAsync(connection, columns, $"{table} r JOIN users u ON u.id = r.user_id", filter, orderBy, page, read));
    }

    private static DateTimeOffset RelationTime(DbDataReader r) => DbTime.FromDb(r.GetInt64(Rows.UserColumnCount));
}
