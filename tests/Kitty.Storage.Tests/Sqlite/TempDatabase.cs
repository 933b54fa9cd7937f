using Kitty.Storage.Options;
using Kitty.Storage.Sqlite;
using Microsoft.Extensions.Logging.Abstractions;

namespace Kitty.Storage.Tests.Sqlite;

/// <summary>A fresh SQLite file in its own temp directory, deleted on dispose; can be closed and reopened.</summary>
public sealed class TempDatabase : IAsyncLifetime
{
    public string Directory { get; } = Path.Combine(Path.GetTempPath(), "kitty-storage-tests", Guid.NewGuid().ToString("N"));

    public ChatStoreOptions Options => new() { DataDirectory = Directory, FileName = "kitty.db" };

    public SqliteDatabase Database { get; private set; } = null!;

    public async Task InitializeAsync() => Database = await Open();

    /// <summary>Closes the database and opens a new one on the same file.</summary>
    public async Task<SqliteDatabase> Reopen()
    {
        await Database.DisposeAsync();
        return Database = await Open();
    }

    public async Task DisposeAsync()
    {
        await Database.DisposeAsync();
        System.IO.Directory.Delete(Directory, recursive: true);
    }

    private async Task<SqliteDatabase> Open()
    {
        var database = new SqliteDatabase(Microsoft.Extensions.Options.Options.Create(Options), NullLogger<SqliteDatabase>.Instance);
        await database.InitializeAsync();
        return database;
    }
}
