using System.Security.Cryptography;
using System.Text;
using Kitty.Abstractions.Files;
using Kitty.Storage.Sql;

namespace Kitty.Storage.Chat;

public sealed partial class SqlChatStore
{
    private const string SaveFileSql = """
        INSERT INTO files (id, application_id, access_token, name, content_type, size, content, created_time)
        VALUES (@id, @app, @token, @name, @contentType, @size, @content, @created)
        ON CONFLICT (id) DO UPDATE SET
            access_token = excluded.access_token, name = excluded.name, content_type = excluded.content_type,
            size = excluded.size, content = excluded.content, created_time = excluded.created_time
        WHERE files.application_id = excluded.application_id
        """;

    public Task SaveFile(long applicationId, long fileId, string accessToken, string name, string contentType, byte[] content, DateTimeOffset time) =>
        Write(w => w.Command(SaveFileSql)
            .With("@id", fileId)
            .With("@app", applicationId)
            .With("@token", accessToken)
            .With("@name", name)
            .With("@contentType", contentType)
            .With("@size", content.LongLength)
            .With("@content", content)
            .With("@created", DbTime.ToDb(time))
            .ExecuteNonQueryAsync());

    /// <summary>The file, if it belongs to the application and the token matches (compared in constant time).</summary>
    public Task<HostedFile?> OpenFile(long applicationId, long fileId, string accessToken) => Read(async connection =>
    {
        await using var command = connection
            .Query("SELECT access_token, name, content_type, content FROM files WHERE id = @id AND application_id = @app")
            .With("@id", fileId)
            .With("@app", applicationId);
        await using var reader = await command.ExecuteReaderAsync();
        if (!await reader.ReadAsync() || !TokensMatch(reader.GetString(0), accessToken))
        {
            return null;
        }

        return new HostedFile(fileId, reader.GetString(1), reader.GetString(2), (byte[])reader.GetValue(3));
    });

    private static bool TokensMatch(string stored, string given) =>
        CryptographicOperations.FixedTimeEquals(Encoding.UTF8.GetBytes(stored), Encoding.UTF8.GetBytes(given));
}
