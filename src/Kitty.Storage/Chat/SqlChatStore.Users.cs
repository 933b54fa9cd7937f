using Kitty.Abstractions.Paging;
using Kitty.Abstractions.Users;
using Kitty.Storage.Sql;
using System.Data.Common;

namespace Kitty.Storage.Chat;

public sealed partial class SqlChatStore
{
    private const string UpsertUserSql = """
        INSERT INTO users (id, application_id, type, name, display_name, display_picture_url, is_guest,
                           presence_status, presence_online, properties, created_time)
        VALUES (@id, @app, @type, @name, @displayName, @picture, @guest, @status, @online, @properties, @created)
        ON CONFLICT (id) DO UPDATE SET
            type = excluded.type, name = excluded.name, display_name = excluded.display_name,
            display_picture_url = excluded.display_picture_url, is_guest = excluded.is_guest,
            presence_status = excluded.presence_status, presence_online = excluded.presence_online,
            properties = excluded.properties, created_time = excluded.created_time
        WHERE users.application_id = excluded.application_id
        """;

    public Task UpsertUser(ChatUser user) => Write(w => w.Command(UpsertUserSql)
        .With("@id", user.Id)
        .With("@app", user.ApplicationId)
        .With("@type", user.Type.ToString())
        .With("@name", user.Name)
        .With("@displayName", user.DisplayName)
        .With("@picture", user.DisplayPictureUrl)
        .With("@guest", user.IsGuest)
        .With("@status", user.Presence.Status)
        .With("@online", user.Presence.Online)
        .With("@properties", StoreJson.Properties(user.PropertiesJson))
        .With("@created", DbTime.ToDb(user.CreatedTime))
        .ExecuteNonQueryAsync());

    public Task DeleteUser(long applicationId, long userId) => Write(async w =>
    {
        // Messages keep their user_id; they render without a sender once the row is gone.
        foreach (var sql in new[]
        {
            "DELETE FROM users WHERE id = @user AND application_id = @app",
            "DELETE FROM channel_members WHERE user_id = @user AND application_id = @app",
            "DELETE FROM channel_moderators WHERE user_id = @user AND application_id = @app",
            "DELETE FROM channel_invites WHERE user_id = @user AND application_id = @app",
        })
        {
            await w.Command(sql).With("@user", userId).With("@app", applicationId).ExecuteNonQueryAsync();
        }
    });

    public Task<ChatUser?> GetUser(long applicationId, long userId) =>
        Read(connection => GetUser(connection, applicationId, userId));

    public Task<long?> FindUserId(long applicationId, string name) => Read(async connection =>
    {
        await using var command = connection
            .Query("SELECT id FROM users WHERE application_id = @app AND name = @name ORDER BY id LIMIT 1")
            .With("@app", applicationId)
            .With("@name", name);
        return await command.LongOrNullAsync();
    });

    public Task<Page<ChatUser>> ListUsers(long applicationId, UserQuery query, PageRequest page)
    {
        page = Paging.Normalize(page);
        var orderBy = SortClause.Users("u").Build(page.Sort);
        var filter = new SqlFilter();
        filter.Where($"u.application_id = {filter.Param(applicationId)}");
        if (query.Name is not null)
        {
            filter.Where($"u.name = {filter.Param(query.Name)}");
        }

        PropertiesFilter.Add(filter, Dialect, "u.properties", query.PropertiesJson);
        return Read(connection => Paging.ReadAsync(connection, Rows.UserColumns("u"), "users u", filter, orderBy, page, Rows.User));
    }

    private static async Task<ChatUser?> GetUser(DbConnection connection, long applicationId, long? userId)
    {
        if (userId is null)
        {
            return null;
        }

        await using var command = connection
            .Query($"SELECT {Rows.UserColumns("u")} FROM users u WHERE u.id = @id AND u.application_id = @app")
            .With("@id", userId)
            .With("@app", applicationId);
        return await command.FirstOrDefaultAsync(Rows.User);
    }
}
