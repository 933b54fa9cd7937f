using System.Globalization;
using Kitty.Abstractions.Messages;
using Kitty.Storage.Chat;
using Kitty.Storage.PostgreSql;
using Kitty.Testing;
using Microsoft.Extensions.Logging.Abstractions;
using Npgsql;

namespace Kitty.LoadTests;

/// <summary>
/// The chat store's message write path on PostgreSQL, without the grains: N writers each appending a 200-character
/// text message through <see cref="SqlChatStore.AppendMessage"/> (the real table, its indexes and the group commit)
/// as soon as the last one was acknowledged, over 1 or many channels, on a fresh migrated database. Between
/// <c>pgwrites</c> (a bare table) and <c>pgmessages</c> (the whole send path through the grains).
/// </summary>
internal sealed class PostgresStoreScenario(LoadOptions options)
{
    private static readonly string Body = new('x', 200);

    public Task<bool> RunAsync() => ChannelCounts.RunEachAsync(options.Channels, RunAsync);

    private async Task<bool> RunAsync(int channels)
    {
        await using var database = await PostgresTestDatabase.CreateAsync(options.Postgres!);
        await new PostgresChatStoreMigrator(NullLogger.Instance).MigrateAsync(database.ConnectionString);
        await using var chat = new PostgresChatDatabase(NpgsqlDataSource.Create(database.ConnectionString));
        var store = new SqlChatStore(chat);
        var app = Random.Shared.NextInt64(1, long.MaxValue / 2);
        var nextSeq = new long[channels];
        long nextId = 0;

        var result = await ClosedLoop.RunAsync(options.Writers, options.Warmup, options.Duration, async _ =>
        {
            var channel = Random.Shared.Next(channels);
            var seq = Interlocked.Increment(ref nextSeq[channel]);
            var id = Interlocked.Increment(ref nextId);
            await store.AppendMessage(new Message(id, app, channel + 1, seq, channel + 1, MessageType.TEXT, 1, null, Body, null, null, "{}",
                DateTimeOffset.UtcNow, null, 0, null, 0, [], []), null);
            return true;
        });

        var stored = (long)(await database.ScalarAsync("SELECT count(*) FROM messages"))!;
        var expected = result.WarmupCalls + result.Latencies.Count;
        var all = result.Latencies;
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"pgstore channels={channels} writers={options.Writers} messages={all.Count} seconds={result.Wall.TotalSeconds:F2} durable messages/s={result.PerSecond:F0} ack p50 ms={all.At(50):F3} p99 ms={all.At(99):F3} max ms={all.Max:F3} failures={result.Failures} stored={stored}/{expected}"));
        return result.Failures == 0 && stored == expected;
    }
}
