using Kitty.Abstractions.Messages;
using Kitty.Storage.Sql;

namespace Kitty.Storage.Chat;

public sealed partial class SqlChatStore
{
    private const string CreateThreadSql = """
        INSERT INTO threads (id, application_id, channel_id, type, name, parent_message_id, properties, created_time)
        VALUES (@id, @app, @channel, @type, @name, @parent, @properties, @created)
        ON CONFLICT (id) DO NOTHING
        """;

    /// <summary>Idempotent: creating a thread id that exists keeps the first one.</summary>
    public Task CreateThread(ReplyThread thread) => Write(w => w.Command(CreateThreadSql)
        .With("@id", thread.Id)
        .With("@app", thread.ApplicationId)
        .With("@channel", thread.ChannelId)
        .With("@type", thread.Type.ToString())
        .With("@name", thread.Name)
        .With("@parent", thread.ParentMessageId)
        .With("@properties", StoreJson.Properties(thread.PropertiesJson))
        .With("@created", DbTime.ToDb(thread.CreatedTime))
        .ExecuteNonQueryAsync());

    public Task<ReplyThread?> GetThread(long applicationId, long threadId) => Read(async connection =>
    {
        await using var command = connection
            .Query($"SELECT {Rows.ThreadColumns} FROM threads t WHERE t.id = @id AND t.application_id = @app")
            .With("@id", threadId)
            .With("@app", applicationId);
        return await command.FirstOrDefaultAsync(Rows.Thread);
    });

    public Task<ReplyThread?> FindMessageThread(long applicationId, long parentMessageId) => Read(async connection =>
    {
        await using var command = connection
            .Query($"SELECT {Rows.ThreadColumns} FROM threads t WHERE t.parent_message_id = @parent AND t.application_id = @app AND t.type = @type ORDER BY t.id LIMIT 1")
            .With("@parent", parentMessageId)
            .With("@app", applicationId)
            .With("@type", nameof(ReplyThreadType.MESSAGE));
        return await command.FirstOrDefaultAsync(Rows.Thread);
    });
}
