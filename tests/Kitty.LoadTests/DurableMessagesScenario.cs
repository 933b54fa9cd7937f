using System.Data.Common;
using System.Globalization;
using Kitty.Abstractions.Channels;
using Kitty.Abstractions.Messages;
using Kitty.Abstractions.Users;
using Kitty.Testing;
using Microsoft.Data.Sqlite;
using Npgsql;

namespace Kitty.LoadTests;

/// <summary>
/// Durable messages end to end through the grains, on either store: a Kitty node in this process, on the embedded
/// SQLite store (<c>--store sqlite</c>, one node) or in cluster mode on a fresh PostgreSQL database (<c>--store
/// postgres</c>, = pgmessages: chat store, grain state and clustering there). N senders each send a 200-character
/// text message to a channel grain as soon as the last one was acknowledged, over 1 or many channels. Acknowledged
/// means stored and committed. Afterwards every channel's stored seq must run 1..n with no gap or duplicate, and the
/// stored messages must be exactly the acknowledged ones.
/// </summary>
internal sealed class DurableMessagesScenario(LoadOptions options)
{
    private const string PerChannel =
        "SELECT count(*), count(DISTINCT seq), coalesce(max(seq), 0), coalesce(min(seq), 1) FROM messages GROUP BY channel_id";

    private static readonly string Body = new('x', 200);

    public Task<bool> RunAsync() => ChannelCounts.RunEachAsync(options.Channels, RunAsync);

    private async Task<bool> RunAsync(int channelCount)
    {
        await using var database = options.Store == "postgres" ? await PostgresTestDatabase.CreateAsync(options.Postgres!) : null;
        string[] storage = database is null
            ? []
            : ["--Kitty:Storage:Provider=PostgreSql", $"--Kitty:Postgres:ConnectionString={database.ConnectionString}"];
        await using var server = await SelfHostedServer.StartAsync(storage);
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

        await using var connection = database is null ? await OpenSqliteAsync(server) : await database.OpenAsync();
        var logs = await ReadLogsAsync(connection);
        var stored = logs.Sum(l => l.Count);
        var gapFree = logs.All(l => l.Count == l.Distinct && l.Min == 1 && l.Max == l.Count);
        var acknowledged = result.WarmupCalls + result.Latencies.Count;
        var all = result.Latencies;
        var passed = result.Failures == 0 && stored == acknowledged && gapFree;
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"{options.Scenario} store={options.Store} channels={channelCount} senders={options.Writers} messages={all.Count} seconds={result.Wall.TotalSeconds:F2} durable messages/s={result.PerSecond:F0} ack p50 ms={all.At(50):F3} p99 ms={all.At(99):F3} max ms={all.Max:F3} failures={result.Failures} stored={stored}/{acknowledged} gap-free={(gapFree ? "yes" : "no")}"));
        await new RunRecord("durable", "kitty", DateTime.UtcNow,
            new Dictionary<string, string>
            {
                ["store"] = options.Store,
                ["channels"] = channelCount.ToString(CultureInfo.InvariantCulture),
                ["writers"] = options.Writers.ToString(CultureInfo.InvariantCulture),
                ["serverSharesProcess"] = "yes",
            },
            new Dictionary<string, double>
            {
                ["messagesPerSecond"] = result.PerSecond,
                ["p50Ms"] = all.At(50),
                ["p99Ms"] = all.At(99),
                ["maxMs"] = all.Max,
                ["failures"] = result.Failures,
                ["stored"] = stored,
                ["acknowledged"] = acknowledged,
            },
            passed).AppendToAsync(options.JsonFile);
        return passed;
    }

    private static async Task<DbConnection> OpenSqliteAsync(SelfHostedServer server)
    {
        var path = Path.Combine(server.DataDirectory, new Kitty.Storage.Options.ChatStoreOptions().FileName);
        var connection = new SqliteConnection(new SqliteConnectionStringBuilder { DataSource = path, Mode = SqliteOpenMode.ReadOnly, Pooling = false }.ToString());
        await connection.OpenAsync();
        return connection;
    }

    /// <summary>Each channel's stored messages: how many, how many distinct seqs, the highest and the lowest.</summary>
    private static async Task<List<(long Count, long Distinct, long Max, long Min)>> ReadLogsAsync(DbConnection connection)
    {
        var logs = new List<(long Count, long Distinct, long Max, long Min)>();
        await using var command = connection.CreateCommand();
        command.CommandText = PerChannel;
        await using var reader = await command.ExecuteReaderAsync();
        while (await reader.ReadAsync()) logs.Add((reader.GetInt64(0), reader.GetInt64(1), reader.GetInt64(2), reader.GetInt64(3)));
        return logs;
    }
}
