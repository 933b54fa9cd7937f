using Kitty.Abstractions.Paging;
using Kitty.Abstractions.Sessions;
using Kitty.Storage.Sql;
using System.Data.Common;

namespace Kitty.Storage.Chat;

public sealed partial class SqlChatStore
{
    private const string UpsertUserSessionSql = """
        INSERT INTO user_sessions (id, application_id, user_id, state, created_time, end_time, user_agent)
        VALUES (@id, @app, @user, @state, @created, @end, @agent)
        ON CONFLICT (id) DO UPDATE SET state = excluded.state, end_time = excluded.end_time
        WHERE user_sessions.application_id = excluded.application_id
        """;

    private const string UpsertChatSessionSql = """
        INSERT INTO chat_sessions (id, application_id, channel_id, user_session_id, state, created_time, end_time)
        VALUES (@id, @app, @channel, @session, @state, @created, @end)
        ON CONFLICT (id) DO UPDATE SET state = excluded.state, end_time = excluded.end_time
        WHERE chat_sessions.application_id = excluded.application_id
        """;

    // User sessions (s) with their user (u); chat sessions select cs columns first.
    private static readonly string UserSessionColumns =
        $"s.id, s.application_id, s.state, s.created_time, s.end_time, s.user_agent, {Rows.UserColumns("u")}";

    private const string UserJoin = "JOIN users u ON u.id = s.user_id AND u.application_id = s.application_id";

    private static readonly string ChatSessionColumns =
        $"cs.id, cs.application_id, cs.channel_id, cs.state, cs.created_time, cs.end_time, {UserSessionColumns}";

    private const string ChatSessionFrom =
        $"chat_sessions cs JOIN user_sessions s ON s.id = cs.user_session_id AND s.application_id = cs.application_id {UserJoin}";

    /// <summary>Stores a user session, or updates its state and end time when it exists.</summary>
    public Task UpsertUserSession(UserSession session) => Write(w => w.Command(UpsertUserSessionSql)
        .With("@id", session.Id)
        .With("@app", session.ApplicationId)
        .With("@user", session.User.Id)
        .With("@state", session.State.ToString())
        .With("@created", DbTime.ToDb(session.CreatedTime))
        .With("@end", DbTime.ToDb(session.EndTime))
        .With("@agent", session.UserAgent)
        .ExecuteNonQueryAsync());

    /// <summary>Stores a chat session, or updates its state and end time when it exists.</summary>
    public Task UpsertChatSession(ChatSession session) => Write(w => w.Command(UpsertChatSessionSql)
        .With("@id", session.Id)
        .With("@app", session.ApplicationId)
        .With("@channel", session.ChannelId)
        .With("@session", session.Session.Id)
        .With("@state", session.State.ToString())
        .With("@created", DbTime.ToDb(session.CreatedTime))
        .With("@end", DbTime.ToDb(session.EndTime))
        .ExecuteNonQueryAsync());

    /// <summary>Sessions of users that still exist, oldest first unless id/createdTime keys are requested.</summary>
    public Task<Page<UserSession>> ListUserSessions(long applicationId, SessionState? state, PageRequest page)
    {
        page = Paging.Normalize(page);
        var filter = SessionFilter("s", applicationId, state);
        var orderBy = SessionSort("s").Build(page.Sort);
        return Read(connection => Paging.ReadAsync(
            connection, UserSessionColumns, $"user_sessions s {UserJoin}", filter, orderBy, page, r => ReadUserSession(r, 0)));
    }

    public Task<Page<ChatSession>> ListChatSessions(long applicationId, SessionState? state, PageRequest page)
    {
        page = Paging.Normalize(page);
        var filter = SessionFilter("cs", applicationId, state);
        var orderBy = SessionSort("cs").Build(page.Sort);
        return Read(connection => Paging.ReadAsync(connection, ChatSessionColumns, ChatSessionFrom, filter, orderBy, page, ReadChatSession));
    }

    public Task<IReadOnlyList<ChatSession>> ListActiveChatSessions(long applicationId, long channelId) =>
        Read<IReadOnlyList<ChatSession>>(async connection =>
        {
            await using var command = connection.Query($"""
                SELECT {ChatSessionColumns} FROM {ChatSessionFrom}
                WHERE cs.channel_id = @channel AND cs.application_id = @app AND cs.state = @state
                ORDER BY cs.id
                """)
                .With("@channel", channelId)
                .With("@app", applicationId)
                .With("@state", nameof(SessionState.ACTIVE));
            return await command.ListAsync(ReadChatSession);
        });

    private static SqlFilter SessionFilter(string alias, long applicationId, SessionState? state)
    {
        var filter = new SqlFilter();
        filter.Where($"{alias}.application_id = {filter.Param(applicationId)}");
        if (state is { } s)
        {
            filter.Where($"{alias}.state = {filter.Param(s.ToString())}");
        }

        return filter;
    }

    private static SortClause SessionSort(string alias) => new(
        new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase)
        {
            ["id"] = $"{alias}.id",
            ["createdTime"] = $"{alias}.created_time",
            ["endTime"] = $"{alias}.end_time",
            ["state"] = $"{alias}.state",
        },
        $"{alias}.id");

    private static ChatSession ReadChatSession(DbDataReader r) => new(
        r.GetInt64(0),
        r.GetInt64(1),
        r.GetInt64(2),
        ReadUserSession(r, 6),
        Enum.Parse<SessionState>(r.GetString(3)),
        DbTime.FromDb(r.GetInt64(4)),
        r.IsDBNull(5) ? null : DbTime.FromDb(r.GetInt64(5)));

    private static UserSession ReadUserSession(DbDataReader r, int at) => new(
        r.GetInt64(at),
        r.GetInt64(at + 1),
        Rows.User(r, at + 6)!,
        Enum.Parse<SessionState>(r.GetString(at + 2)),
        DbTime.FromDb(r.GetInt64(at + 3)),
        r.IsDBNull(at + 4) ? null : DbTime.FromDb(r.GetInt64(at + 4)),
        r.IsDBNull(at + 5) ? null : r.GetString(at + 5));
}
