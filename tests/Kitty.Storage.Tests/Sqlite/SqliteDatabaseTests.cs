using Microsoft.Data.Sqlite;

namespace Kitty.Storage.Tests.Sqlite;

public sealed class SqliteDatabaseTests(TempDatabase file) : IClassFixture<TempDatabase>
{
    [Fact]
    public async Task Database_IsInWalJournalMode()
    {
        await using var connection = new SqliteConnection($"Data Source={file.Database.FilePath};Mode=ReadOnly;Pooling=False");
        await connection.OpenAsync();
        await using var command = connection.CreateCommand();
        command.CommandText = "PRAGMA journal_mode";

        Assert.Equal("wal", await command.ExecuteScalarAsync() as string);
    }

    [Fact]
    public async Task InitializeAsync_CalledAgain_IsANoOp()
    {
        await file.Database.InitializeAsync();
        await file.Database.InitializeAsync();

        Assert.True(File.Exists(file.Database.FilePath));
    }
}
