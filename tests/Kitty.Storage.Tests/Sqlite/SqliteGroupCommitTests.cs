using Kitty.Storage.Sqlite;
using Microsoft.Data.Sqlite;

namespace Kitty.Storage.Tests.Sqlite;

/// <summary>
/// Writes on the single SQLite writer share transactions: every acknowledged write is on disk, and a write that fails
/// fails alone, whatever batch it shared.
/// </summary>
public sealed class SqliteGroupCommitTests : IAsyncLifetime
{
    private readonly TempDatabase _file = new();

    public async Task InitializeAsync()
    {
        await _file.InitializeAsync();
        await _file.Database.WriteAsync(w => Execute(w, "CREATE TABLE notes (id INTEGER PRIMARY KEY, text TEXT NOT NULL)"));
    }

    public Task DisposeAsync() => _file.DisposeAsync();

    [Fact]
    public async Task ConcurrentWrites_AreAllOnDiskOnceAcknowledged()
    {
        await Task.WhenAll(Enumerable.Range(1, 200).Select(i => _file.Database.WriteAsync(w => Insert(w, i, $"note {i}"))));

        Assert.Equal(200, await CountFromAnotherConnection());
    }

    [Fact]
    public async Task AFailingWrite_InABatch_FailsAloneAndLeavesNothing()
    {
        // The first write holds the writer until the others have queued behind it, so they share the next batch.
        var release = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        var holding = _file.Database.WriteAsync(async w =>
        {
            await release.Task;
            return await Insert(w, 1, "first");
        });
        var before = _file.Database.WriteAsync(w => Insert(w, 2, "before"));
        var failing = _file.Database.WriteAsync(async w =>
        {
            await Insert(w, 3, "half of a failing write");
            return await Insert(w, 2, "a duplicate key");
        });
        var after = _file.Database.WriteAsync(w => Insert(w, 4, "after"));
        release.SetResult();

        await Task.WhenAll(holding, before, after);
        await Assert.ThrowsAsync<SqliteException>(() => failing);
        Assert.Equal(3, await CountFromAnotherConnection());
        Assert.Equal(0, await CountFromAnotherConnection("WHERE id = 3"));
    }

    [Fact]
    public async Task AWrite_AfterTheDatabaseClosed_IsRefused()
    {
        await _file.Database.DisposeAsync();

        await Assert.ThrowsAsync<ObjectDisposedException>(() => _file.Database.WriteAsync(w => Insert(w, 1, "late")));
    }

    private static async Task<int> Insert(SqliteWriter writer, int id, string text)
    {
        var command = writer.Command("INSERT INTO notes (id, text) VALUES (@id, @text)");
        command.Parameters.Add(new SqliteParameter("@id", id));
        command.Parameters.Add(new SqliteParameter("@text", text));
        return await command.ExecuteNonQueryAsync();
    }

    private static async Task<int> Execute(SqliteWriter writer, string sql) => await writer.Command(sql).ExecuteNonQueryAsync();

    private async Task<long> CountFromAnotherConnection(string where = "")
    {
        await using var connection = new SqliteConnection($"Data Source={_file.Database.FilePath};Mode=ReadOnly;Pooling=False");
        await connection.OpenAsync();
        await using var command = connection.CreateCommand();
        command.CommandText = $"SELECT COUNT(*) FROM notes {where}";
        return (long)(await command.ExecuteScalarAsync())!;
    }
}
