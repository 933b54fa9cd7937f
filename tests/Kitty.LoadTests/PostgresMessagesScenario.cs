using System.Globalization;
using Kitty.Abstractions.Channels;
using Kitty.Abstractions.Messages;
using Kitty.Abstractions.Users;
using Kitty.Testing;
using Npgsql;

namespace Kitty.LoadTests;

/// <summary>
/// Issue 6's durable-messages target end to end through the grains: a Kitty node in this process in cluster mode (chat
/// store, grain state and clustering in a fresh PostgreSQL database), N senders each sending a 200-character text message
/// to a channel grain as soon as the last one was acknowledged, over 1 or many channels. Acknowledged means stored and
/// committed. Afterwards every channel's stored seq must run 1..n with no gap or duplicate, and the stored messages
/// must be exactly the acknowledged ones.
/// </summary>
internal sealed class PostgresMessagesScenario(LoadOptions options)
{
    private static readonly string Body = new('x', 200);

    public Task<bool> RunAsync() => ChannelCounts.RunEachAsync(options.Channels, RunAsync);

    private async Task<bool> RunAsync(int channelCount)
    {
        await using var database = await PostgresTestDatabase.CreateAsync(options.Postgres!);
        await using var server = await SelfHostedServer.StartAsync(
            "--Kitty:Storage:Provider=PostgreSql", $"--Kitty:Postgres:ConnectionString={database.ConnectionString}");
        var app = await server.ApplicationIdAsync();
        var grains = server.Grains;
        var sender = await grains.GetGrain<IUserDirectoryGrain>(app).CreateUser(new CreateUser(app, "load-sender", "Load sender", false, "{}"));
        var channels = new long[channelCount];
        await Parallel.ForAsync(0, channelCount, new ParallelOptions { MaxDegreeOfParallelism = 16 }, async (i, _) =>
            channels[i] = (await grains.GetGrain<IChannelDirectoryGrain>(app).CreateChannel(new CreateChannel(
                app, ChannelType.PUBLIC, $"load-{i}", null, null, [UserReference.ById(sender.Id)], "{}"))).Id);

        var result = await ClosedLoop.RunAsync(options.Writers, options.Warmup, options.Duration, async _ =>
        {
            var channel = grains.GetGrain<IChannelGrain>(channels[Random.Shared.Next(channelCount)]);
            var sent = await channel.SendMessage(new SendMessage(app, sender.Id, Body, null, null, "{}"));
            return sent.Seq > 0;
        });

        var logs = new List<(long Count, long Distinct, long Max, long Min)>();
        await using (var connection = await database.OpenAsync())
        await using (var command = new NpgsqlCommand(
            "SELECT count(*), count(DISTINCT seq), coalesce(max(seq), 0), coalesce(min(seq), 1) FROM messages GROUP BY channel_id", connection))
        await using (var reader = await command.ExecuteReaderAsync())
        {
            while (await reader.ReadAsync()) logs.Add((reader.GetInt64(0), reader.GetInt64(1), reader.GetInt64(2), reader.GetInt64(3)));
        }

        var stored = logs.Sum(l => l.Count);
        var gapFree = logs.All(l => l.Count == l.Distinct && l.Min == 1 && l.Max == l.Count);
        var acknowledged = result.WarmupCalls + result.Latencies.Count;
        var all = result.Latencies;
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"pgmessages channels={channelCount} senders={options.Writers} messages={all.Count} seconds={result.Wall.TotalSeconds:F2} durable messages/s={result.PerSecond:F0} ack p50 ms={all.At(50):F3} p99 ms={all.At(99):F3} max ms={all.Max:F3} failures={result.Failures} stored={stored}/{acknowledged} gap-free={(gapFree ? "yes" : "no")}"));
        return result.Failures == 0 && stored == acknowledged && gapFree;
    }
}
