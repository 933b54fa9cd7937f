using System.Globalization;
using Kitty.Storage.PostgreSql;
using Kitty.Storage.Sql;
using Npgsql;

namespace Kitty.LoadTests;

/// <summary>
/// Issue 6's durable-writes target, at the storage layer: message-sized rows appended through
/// <see cref="PostgresGroupCommit"/> by N writers that each wait for their acknowledgement (= committed), spread over
/// 1 or many channels, with a per-channel gap-free seq under UNIQUE(channel, seq) as the chat store's message log has.
/// The chat store on PostgreSQL will sit on the same group commit; until then this is the ceiling it can reach.
/// </summary>
internal sealed class PostgresWritesScenario(LoadOptions options)
{
    private static readonly string Body = new('x', 200);

    public Task<bool> RunAsync() => ChannelCounts.RunEachAsync(options.Channels, RunAsync);

    private async Task<bool> RunAsync(int channels)
    {
        await using var dataSource = NpgsqlDataSource.Create(options.Postgres!);
        var table = $"load_messages_{Guid.NewGuid():N}";
        await ExecuteAsync(dataSource, $"CREATE TABLE {table} (channel_id BIGINT NOT NULL, seq BIGINT NOT NULL, body TEXT NOT NULL, created_time BIGINT NOT NULL, PRIMARY KEY (channel_id, seq))");
        try
        {
            var nextSeq = new long[channels];
            await using var writes = new PostgresGroupCommit(dataSource, options.Lanes);
            var sql = $"INSERT INTO {table} (channel_id, seq, body, created_time) VALUES (@channel, @seq, @body, @time)";
            var result = await ClosedLoop.RunAsync(options.Writers, options.Warmup, options.Duration, async n =>
            {
                var channel = Random.Shared.Next(channels);
                var seq = Interlocked.Increment(ref nextSeq[channel]);
                var rows = await writes.ExecuteAsync(channel, [new SqlStatement(sql,
                    ("channel", (long)channel), ("seq", seq), ("body", Body), ("time", DateTimeOffset.UtcNow.ToUnixTimeMilliseconds()))]);
                return rows[0] == 1;
            });
            var stored = await ScalarAsync(dataSource, $"SELECT count(*) FROM {table}");
            var expected = result.WarmupCalls + result.Latencies.Count;
            var all = result.Latencies;
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"pgwrites channels={channels} writers={options.Writers} lanes={options.Lanes} writes={all.Count} seconds={result.Wall.TotalSeconds:F2} durable writes/s={result.PerSecond:F0} ack p50 ms={all.At(50):F3} p99 ms={all.At(99):F3} max ms={all.Max:F3} failures={result.Failures} stored={stored}/{expected}"));
            return result.Failures == 0 && stored == expected;
        }
        finally
        {
            await ExecuteAsync(dataSource, $"DROP TABLE IF EXISTS {table}");
        }
    }

    private static async Task ExecuteAsync(NpgsqlDataSource dataSource, string sql)
    {
        await using var command = dataSource.CreateCommand(sql);
        await command.ExecuteNonQueryAsync();
    }

    private static async Task<long> ScalarAsync(NpgsqlDataSource dataSource, string sql)
    {
        await using var command = dataSource.CreateCommand(sql);
        return (long)(await command.ExecuteScalarAsync())!;
    }
}
