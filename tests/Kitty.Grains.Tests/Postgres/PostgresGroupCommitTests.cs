using Kitty.Storage.PostgreSql;
using Kitty.Storage.Sql;
using Kitty.Testing;
using Npgsql;

namespace Kitty.Grains.Tests.Postgres;

/// <summary>Group commit on a real PostgreSQL: concurrent writes share commits, and a failing write fails alone.</summary>
public sealed class PostgresGroupCommitTests : IAsyncLifetime
{
    private PostgresTestDatabase? _database;
    private NpgsqlDataSource? _dataSource;
    private PostgresGroupCommit? _writes;

    private PostgresTestDatabase Database
    {
        get
        {
            Skip.If(_database is null, PostgresTestDatabase.SkipReason);
            return _database;
        }
    }

    private PostgresGroupCommit Writes => _writes!;

    public async Task InitializeAsync()
    {
        _database = await PostgresTestDatabase.CreateAsync();
        if (_database is null) return;
        _dataSource = NpgsqlDataSource.Create(_database.ConnectionString);
        _writes = new PostgresGroupCommit(_dataSource);
        await using var connection = await _database.OpenAsync();
        await using var command = new NpgsqlCommand(
            "CREATE TABLE log (channel BIGINT NOT NULL, seq BIGINT NOT NULL, body TEXT NOT NULL, PRIMARY KEY (channel, seq))", connection);
        await command.ExecuteNonQueryAsync();
    }

    public async Task DisposeAsync()
    {
        if (_writes is not null) await _writes.DisposeAsync();
        if (_dataSource is not null) await _dataSource.DisposeAsync();
        if (_database is not null) await _database.DisposeAsync();
    }

    [SkippableFact]
    public async Task ConcurrentWrites_OfOneAndOfManyChannels_AreAllCommittedWhenAcknowledged()
    {
        var database = Database;

        var acknowledged = await Task.WhenAll(Enumerable.Range(1, 2000).Select(i => Writes.WriteAsync(i % 2 == 0 ? 1 : i, (connection, transaction) =>
            Insert(connection, transaction, channel: i % 2 == 0 ? 1 : i, seq: i, body: $"m{i}"))));

        Assert.All(acknowledged, rows => Assert.Equal(1, rows));
        Assert.Equal(2000L, await database.ScalarAsync("SELECT count(*) FROM log"));
    }

    [SkippableFact]
    public async Task AWriteThatFails_FailsAlone_AndLeavesNothing_WhileTheOthersInItsBatchCommit()
    {
        var database = Database;
        await Writes.WriteAsync(7, (connection, transaction) => Insert(connection, transaction, channel: 7, seq: 1, body: "first"));

        var writes = Enumerable.Range(2, 50)
            .Select(seq => Writes.WriteAsync(7, (connection, transaction) => Insert(connection, transaction, channel: 7, seq: seq, body: "ok")))
            .Append(Writes.WriteAsync(7, async (connection, transaction) =>
            {
                await Insert(connection, transaction, channel: 8, seq: 1, body: "half of a failing write");
                return await Insert(connection, transaction, channel: 7, seq: 1, body: "a stale writer's seq");
            }))
            .ToList();
        var failed = await Assert.ThrowsAsync<PostgresException>(() => writes[^1]);
        await Task.WhenAll(writes.Take(50));

        Assert.Equal(PostgresErrorCodes.UniqueViolation, failed.SqlState);
        Assert.Equal(51L, await database.ScalarAsync("SELECT count(*) FROM log WHERE channel = 7"));
        Assert.Equal(0L, await database.ScalarAsync("SELECT count(*) FROM log WHERE channel = 8"));
        Assert.Equal("first", await database.ScalarAsync("SELECT body FROM log WHERE channel = 7 AND seq = 1"));
    }

    [SkippableFact]
    public async Task StatementWrites_TravelTogether_AndAFailingOneFailsAlone_InTheOrderOfTheirPartition()
    {
        var database = Database;
        const string insert = "INSERT INTO log (channel, seq, body) VALUES (@channel, @seq, @body)";
        SqlStatement Row(long channel, long seq, string body) => new(insert, ("channel", channel), ("seq", seq), ("body", body));

        var writes = Enumerable.Range(1, 200).Select(seq => Writes.ExecuteAsync(5, [Row(5, seq, "ok")])).ToList();
        var duplicate = Writes.ExecuteAsync(5, [Row(6, 1, "half of a failing write"), Row(5, 1, "a second seq 1")]);
        var update = Writes.ExecuteAsync(5, [new SqlStatement("UPDATE log SET body = 'edited' WHERE channel = 5 AND seq <= @upTo", ("upTo", 10L))]);

        Assert.All(await Task.WhenAll(writes), rows => Assert.Equal(new[] { 1 }, rows));
        Assert.Equal(PostgresErrorCodes.UniqueViolation, (await Assert.ThrowsAsync<PostgresException>(() => duplicate)).SqlState);
        Assert.Equal(new[] { 10 }, await update);
        Assert.Equal(200L, await database.ScalarAsync("SELECT count(*) FROM log WHERE channel = 5"));
        Assert.Equal(0L, await database.ScalarAsync("SELECT count(*) FROM log WHERE channel = 6"));
        Assert.Equal(10L, await database.ScalarAsync("SELECT count(*) FROM log WHERE body = 'edited'"));
    }

    [SkippableFact]
    public async Task Disposing_FinishesTheWritesAlreadyQueued()
    {
        var database = Database;
        var writes = Enumerable.Range(1, 300)
            .Select(seq => Writes.WriteAsync(seq, (connection, transaction) => Insert(connection, transaction, channel: 9, seq: seq, body: "queued")))
            .ToList();

        await Writes.DisposeAsync();

        await Task.WhenAll(writes);
        Assert.Equal(300L, await database.ScalarAsync("SELECT count(*) FROM log WHERE channel = 9"));
        Assert.Throws<ObjectDisposedException>(() => { _ = Writes.WriteAsync(1, (_, _) => Task.FromResult(0)); });
    }

    private static async Task<int> Insert(NpgsqlConnection connection, NpgsqlTransaction transaction, long channel, long seq, string body)
    {
        await using var command = new NpgsqlCommand("INSERT INTO log (channel, seq, body) VALUES (@channel, @seq, @body)", connection, transaction);
        command.Parameters.AddWithValue("channel", channel);
        command.Parameters.AddWithValue("seq", seq);
        command.Parameters.AddWithValue("body", body);
        return await command.ExecuteNonQueryAsync();
    }
}
