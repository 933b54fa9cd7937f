using Kitty.Abstractions.Messages;
using Kitty.Storage.Sql;
using System.Data.Common;

namespace Kitty.Storage.Chat;

public sealed partial class SqlChatStore
{
    private const string AppendMessageSql = """
        INSERT INTO messages (id, application_id, channel_id, seq, thread_id, type, user_id, body, file, group_tag,
                              properties, created_time, last_edited_time, nested_level, parent_message_id,
                              replies_count, mentions, links, deleted, client_message_id)
        VALUES (@id, @app, @channel, @seq, @thread, @type, @user, @body, @file, @groupTag,
                @properties, @created, @edited, @nestedLevel, @parent,
                @replies, @mentions, @links, 0, @clientMessageId)
        """;

    public Task<long> GetLastSeq(long channelId) => Read(async connection =>
    {
        await using var command = connection.Query("SELECT MAX(seq) FROM messages WHERE channel_id = @channel").With("@channel", channelId);
        return await command.LongAsync();
    });

    private const string CountReplySql = "UPDATE messages SET replies_count = replies_count + 1 WHERE id = @parent AND application_id = @app";

    public Task AppendMessage(Message message, string? clientMessageId) => AppendMessages([new(message, clientMessageId)]);

    /// <summary>
    /// The hot write path: the messages (and their parents' reply counts) travel as statements of one write, which a
    /// database may batch with other channels' messages; a channel's messages are written in order.
    /// </summary>
    public async Task AppendMessages(IReadOnlyList<MessageAppend> messages)
    {
        if (messages.Count == 0) return;
        var channelId = messages[0].Message.ChannelId;
        if (messages.Any(m => m.Message.ChannelId != channelId))
            throw new ArgumentException("Messages appended together belong to one channel.", nameof(messages));
        try
        {
            await database.ExecuteAsync(channelId, [.. messages.SelectMany(m => Statements(m.Message, m.ClientMessageId))]);
        }
        catch (DbException e) when (Dialect.IsDuplicateMessageSeq(e))
        {
            throw new SeqConflictException(channelId, messages[0].Message.Seq);
        }
    }

    private static IEnumerable<SqlStatement> Statements(Message message, string? clientMessageId)
    {
        yield return new SqlStatement(AppendMessageSql,
            ("@id", message.Id),
            ("@app", message.ApplicationId),
            ("@channel", message.ChannelId),
            ("@seq", message.Seq),
            ("@thread", message.ThreadId),
            ("@type", message.Type.ToString()),
            ("@user", message.UserId),
            ("@body", message.Body),
            ("@file", message.File is null ? null : StoreJson.Write(message.File)),
            ("@groupTag", message.GroupTag),
            ("@properties", StoreJson.Properties(message.PropertiesJson)),
            ("@created", DbTime.ToDb(message.CreatedTime)),
            ("@edited", DbTime.ToDb(message.LastEditedTime)),
            ("@nestedLevel", message.NestedLevel),
            ("@parent", message.ParentMessageId),
            ("@replies", message.RepliesCount),
            ("@mentions", StoreJson.Write(message.Mentions ?? [])),
            ("@links", StoreJson.Write(message.Links ?? [])),
            ("@clientMessageId", clientMessageId));
        if (message.ParentMessageId is { } parent)
            yield return new SqlStatement(CountReplySql, ("@parent", parent), ("@app", message.ApplicationId));
    }

    /// <summary>Finds a sent message by its client id, deleted or not, so a retried send never stores it twice.</summary>
    public Task<Message?> FindByClientMessageId(long channelId, long? userId, string clientMessageId) => Read(async connection =>
    {
        await using var command = connection
            .Query($"SELECT {Rows.MessageColumns} FROM {Rows.MessageFrom} WHERE m.channel_id = @channel AND coalesce(m.user_id, 0) = coalesce(@user, 0) AND m.client_message_id = @client")
            .With("@channel", channelId)
            .With("@user", userId)
            .With("@client", clientMessageId);
        return await command.FirstOrDefaultAsync(Rows.Message);
    });

    public Task<Message?> GetMessage(long applicationId, long messageId) =>
        Read(connection => GetMessage(connection, applicationId, messageId));

    public Task UpdateMessage(long applicationId, long messageId, string? body, DateTimeOffset? lastEditedTime, string propertiesJson) =>
        Write(w => w.Command("UPDATE messages SET body = @body, last_edited_time = @edited, properties = @properties WHERE id = @id AND application_id = @app AND deleted = 0")
            .With("@body", body)
            .With("@edited", DbTime.ToDb(lastEditedTime))
            .With("@properties", StoreJson.Properties(propertiesJson))
            .With("@id", messageId)
            .With("@app", applicationId)
            .ExecuteNonQueryAsync());

    /// <summary>A deleted reply no longer counts among its parent's replies (once, however often it is deleted).</summary>
    public Task DeleteMessage(long applicationId, long messageId) => Write(async w =>
    {
        var deleted = await w.Command("UPDATE messages SET deleted = 1 WHERE id = @id AND application_id = @app AND deleted = 0")
            .With("@id", messageId)
            .With("@app", applicationId)
            .ExecuteNonQueryAsync();
        if (deleted > 0)
        {
            await w.Command($"""
                    UPDATE messages SET replies_count = {Dialect.Greatest("replies_count - 1", "0")}
                    WHERE application_id = @app AND id = (SELECT parent_message_id FROM messages WHERE id = @id AND application_id = @app)
                    """)
                .With("@id", messageId)
                .With("@app", applicationId)
                .ExecuteNonQueryAsync();
        }
    });

    /// <summary>Soft-deletes every message of the application, so channels keep their seq and never reuse one.</summary>
    public Task DeleteAllMessages(long applicationId) =>
        Write(w => w.Command("UPDATE messages SET deleted = 1 WHERE application_id = @app AND deleted = 0")
            .With("@app", applicationId)
            .ExecuteNonQueryAsync());

    private static async Task<Message?> GetMessage(DbConnection connection, long applicationId, long messageId)
    {
        await using var command = connection
            .Query($"SELECT {Rows.MessageColumns} FROM {Rows.MessageFrom} WHERE m.id = @id AND m.application_id = @app AND m.deleted = 0")
            .With("@id", messageId)
            .With("@app", applicationId);
        return await command.FirstOrDefaultAsync(Rows.Message);
    }
}
