using Kitty.Testing;
using Npgsql;

namespace Kitty.EndToEnd.Tests.Cluster;

/// <summary>A row of the chat store's <c>messages</c> table, read behind every node's back.</summary>
internal sealed record StoredMessage(long ChannelId, long Seq, long Id, string? ClientMessageId, bool Deleted)
{
    /// <summary>Every message of the channels, deleted ones included, by channel and seq.</summary>
    public static async Task<IReadOnlyList<StoredMessage>> ReadAsync(PostgresTestDatabase database, IReadOnlyCollection<long> channelIds)
    {
        await using var connection = await database.OpenAsync();
        await using var command = new NpgsqlCommand(
            "SELECT channel_id, seq, id, client_message_id, deleted FROM messages WHERE channel_id = ANY(@channels) ORDER BY channel_id, seq",
            connection);
        command.Parameters.AddWithValue("channels", channelIds.ToArray());
        await using var reader = await command.ExecuteReaderAsync();
        var rows = new List<StoredMessage>();
        while (await reader.ReadAsync())
        {
            rows.Add(new StoredMessage(
                reader.GetInt64(0), reader.GetInt64(1), reader.GetInt64(2),
                reader.IsDBNull(3) ? null : reader.GetString(3), reader.GetInt32(4) != 0));
        }

        return rows;
    }
}
