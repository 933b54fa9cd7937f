using Kitty.Abstractions.Channels;
using Kitty.Abstractions.Paging;
using Kitty.Abstractions.Users;
using Kitty.Storage.Sql;
using System.Data.Common;

namespace Kitty.Storage.Chat;

public sealed partial class SqlChatStore
{
    private const string UpsertChannelSql = """
        INSERT INTO channels (id, application_id, type, name, display_name, properties, created_time, creator_id, main_thread_id)
        VALUES (@id, @app, @type, @name, @displayName, @properties, @created, @creator, @mainThread)
        ON CONFLICT (id) DO UPDATE SET
            type = excluded.type, name = excluded.name, display_name = excluded.display_name,
            properties = excluded.properties, created_time = excluded.created_time,
            creator_id = excluded.creator_id, main_thread_id = excluded.main_thread_id
        WHERE channels.application_id = excluded.application_id
        """;

    public Task UpsertChannel(ChannelRecord channel) => Write(w => w.Command(UpsertChannelSql)
        .With("@id", channel.Id)
        .With("@app", channel.ApplicationId)
        .With("@type", channel.Type.ToString())
        .With("@name", channel.Name)
        .With("@displayName", channel.DisplayName)
        .With("@properties", StoreJson.Properties(channel.PropertiesJson))
        .With("@created", DbTime.ToDb(channel.CreatedTime))
        .With("@creator", channel.CreatorId)
        .With("@mainThread", channel.MainThreadId)
        .ExecuteNonQueryAsync());

    public Task DeleteChannel(long applicationId, long channelId) => Write(async w =>
    {
        var deleted = await w.Command("DELETE FROM channels WHERE id = @channel AND application_id = @app")
            .With("@channel", channelId).With("@app", applicationId).ExecuteNonQueryAsync();
        if (deleted == 0)
        {
            return;
        }

        foreach (var sql in new[]
        {
            "DELETE FROM read_receipts WHERE message_id IN (SELECT id FROM messages WHERE channel_id = @channel)",
            "DELETE FROM message_reactions WHERE message_id IN (SELECT id FROM messages WHERE channel_id = @channel)",
            "DELETE FROM hidden_messages WHERE message_id IN (SELECT id FROM messages WHERE channel_id = @channel)",
            "DELETE FROM read_pointers WHERE channel_id = @channel",
            "DELETE FROM hidden_channels WHERE channel_id = @channel",
            "DELETE FROM messages WHERE channel_id = @channel",
            "DELETE FROM threads WHERE channel_id = @channel",
            "DELETE FROM channel_members WHERE channel_id = @channel",
            "DELETE FROM channel_moderators WHERE channel_id = @channel",
            "DELETE FROM channel_invites WHERE channel_id = @channel",
        })
        {
            await w.Command(sql).With("@channel", channelId).ExecuteNonQueryAsync();
        }
    });

    public Task<Channel?> GetChannel(long applicationId, long channelId) => Read(async connection =>
    {
        await using var command = connection
            .Query($"SELECT {Rows.ChannelColumns} FROM channels c WHERE c.id = @id AND c.application_id = @app")
            .With("@id", channelId)
            .With("@app", applicationId);
        var record = await command.FirstOrDefaultAsync(Rows.Channel);
        return record is null ? null : await Render(connection, record);
    });

    public Task<Page<Channel>> ListChannels(long applicationId, ChannelQuery query, PageRequest page)
    {
        page = Paging.Normalize(page);
        var filter = new SqlFilter();
        filter.Where($"c.application_id = {filter.Param(applicationId)}");
        if (query.Type is { } type)
        {
            filter.Where($"c.type = {filter.Param(type.ToString())}");
        }

        foreach (var name in (query.MemberNames ?? []).Distinct(StringComparer.Ordinal))
        {
            filter.Where($"""
                c.id IN (SELECT cm.channel_id FROM channel_members cm JOIN users mu ON mu.id = cm.user_id
                         WHERE mu.application_id = c.application_id AND mu.name = {filter.Param(name)})
                """);
        }

        if (query.StartTime is { } start)
        {
            filter.Where($"c.created_time >= {filter.Param(DbTime.ToDb(start))}");
        }

        if (query.EndTime is { } end)
        {
            filter.Where($"c.created_time < {filter.Param(DbTime.ToDb(end))}");
        }

        PropertiesFilter.Add(filter, Dialect, "c.properties", query.PropertiesJson);
        return ListChannels(filter, page);
    }

    public Task<Page<Channel>> ListUserChannels(long applicationId, long userId, PageRequest page)
    {
        page = Paging.Normalize(page);
        var filter = new SqlFilter();
        filter.Where($"c.application_id = {filter.Param(applicationId)}");
        var user = filter.Param(userId);
        filter.Where($"c.creator_id = {user} OR c.id IN (SELECT channel_id FROM channel_members WHERE user_id = {user})");
        return ListChannels(filter, page);
    }

    private Task<Page<Channel>> ListChannels(SqlFilter filter, PageRequest page)
    {
        var orderBy = SortClause.Channels("c").Build(page.Sort);
        return Read(async connection =>
        {
            var records = await Paging.ReadAsync(connection, Rows.ChannelColumns, "channels c", filter, orderBy, page, Rows.Channel);
            return await records.MapAsync(record => Render(connection, record));
        });
    }

    /// <summary>Joins what the model shows beyond the row: creator, direct members, last main-thread message.</summary>
    private static async Task<Channel> Render(DbConnection connection, ChannelRecord record)
    {
        var creator = await GetUser(connection, record.ApplicationId, record.CreatorId);
        var members = record.Type == ChannelType.DIRECT ? await DirectMembers(connection, record) : null;
        await using var last = connection
            .Query($"SELECT {Rows.MessageColumns} FROM {Rows.MessageFrom} WHERE m.thread_id = @thread AND m.channel_id = @channel AND m.deleted = 0 ORDER BY m.id DESC LIMIT 1")
            .With("@thread", record.MainThreadId)
            .With("@channel", record.Id);
        var lastMessage = await last.FirstOrDefaultAsync(Rows.Message);
        return new Channel(
            record.Id, record.ApplicationId, record.Type, record.Name, record.DisplayName, record.PropertiesJson,
            record.CreatedTime, creator, members, lastMessage, record.MainThreadId);
    }

    private static async Task<List<ChatUser>> DirectMembers(DbConnection connection, ChannelRecord record)
    {
        await using var command = connection
            .Query($"SELECT {Rows.UserColumns("u")} FROM channel_members cm JOIN users u ON u.id = cm.user_id WHERE cm.channel_id = @channel AND u.application_id = @app ORDER BY cm.created_time, u.id")
            .With("@channel", record.Id)
            .With("@app", record.ApplicationId);
        return await command.ListAsync(Rows.User);
    }
}
