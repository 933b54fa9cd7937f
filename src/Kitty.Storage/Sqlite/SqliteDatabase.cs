using Kitty.Storage.Migrations;
using Kitty.Storage.Options;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace Kitty.Storage.Sqlite;

/// <summary>
/// The one SQLite file shared by the chat store and the grain storage. SQLite has a single writer, so all
/// writes go through one connection, batched by <see cref="SqliteGroupCommit"/> (durable on commit, each write
/// failing alone); reads use pooled read-only connections, which WAL lets run beside the writer. The schema is
/// migrated on first use.
/// </summary>
public sealed partial class SqliteDatabase : IAsyncDisposable
{
    private readonly ChatStoreOptions _options;
    private readonly ILogger<SqliteDatabase> _logger;
    private readonly SemaphoreSlim _disposeLock = new(1, 1);
    private readonly Lazy<Task> _initialization;
    private readonly string _readConnectionString;
    private SqliteWriter? _writer;
    private SqliteGroupCommit? _groupCommit;
    private bool _disposed;

    public SqliteDatabase(IOptions<ChatStoreOptions> options, ILogger<SqliteDatabase> logger)
    {
        _options = options.Value;
        _logger = logger;
        FilePath = _options.FilePath;
        _readConnectionString = ConnectionString(SqliteOpenMode.ReadOnly, pooling: true);
        _initialization = new Lazy<Task>(OpenAsync, LazyThreadSafetyMode.ExecutionAndPublication);
    }

    /// <summary>The full path of the database file.</summary>
    public string FilePath { get; }

    /// <summary>Opens the file (creating it and its directory) and applies pending migrations; idempotent.</summary>
    public Task InitializeAsync(CancellationToken cancellationToken = default) =>
        _initialization.Value.WaitAsync(cancellationToken);

    /// <summary>Runs a query on a pooled read-only connection.</summary>
    internal async Task<T> ReadAsync<T>(Func<SqliteConnection, Task<T>> query)
    {
        await InitializeAsync();
        await using var connection = new SqliteConnection(_readConnectionString);
        await connection.OpenAsync();
        return await query(connection);
    }

    /// <summary>
    /// Runs <paramref name="work"/> in the next write transaction (with whatever other writes arrived meanwhile, each in
    /// its own savepoint); completes once that transaction committed (and synced).
    /// </summary>
    internal async Task<T> WriteAsync<T>(Func<SqliteWriter, Task<T>> work)
    {
        await InitializeAsync();
        ObjectDisposedException.ThrowIf(_disposed, this);
        return await _groupCommit!.WriteAsync(work);
    }

    internal Task WriteAsync(Func<SqliteWriter, Task> work) =>
        WriteAsync(async writer =>
        {
            await work(writer);
            return true;
        });

    public async ValueTask DisposeAsync()
    {
        await _disposeLock.WaitAsync();
        try
        {
            if (_disposed)
            {
                return;
            }

            _disposed = true;
            if (_groupCommit is not null)
            {
                await _groupCommit.DisposeAsync();
            }

            if (_writer is not null)
            {
                await _writer.DisposeAsync();
            }

            using var pooled = new SqliteConnection(_readConnectionString);
            SqliteConnection.ClearPool(pooled);
        }
        finally
        {
            _disposeLock.Release();
        }
    }

    private async Task OpenAsync()
    {
        Directory.CreateDirectory(Path.GetDirectoryName(FilePath)!);
        var connection = new SqliteConnection(ConnectionString(SqliteOpenMode.ReadWriteCreate, pooling: false));
        await connection.OpenAsync();
        await ExecuteAsync(connection, "PRAGMA journal_mode=WAL;");
        await ExecuteAsync(connection, $"PRAGMA synchronous={_options.Synchronous.ToUpperInvariant()};");
        await ExecuteAsync(connection, $"PRAGMA busy_timeout={(int)_options.BusyTimeout.TotalMilliseconds};");
        var applied = await new ChatStoreMigrator(_logger).MigrateAsync(connection);
        LogOpened(FilePath, applied);
        _writer = new SqliteWriter(connection);
        _groupCommit = new SqliteGroupCommit(_writer);
    }

    private string ConnectionString(SqliteOpenMode mode, bool pooling) => new SqliteConnectionStringBuilder
    {
        DataSource = FilePath,
        Mode = mode,
        Pooling = pooling,
        DefaultTimeout = Math.Max(1, (int)_options.BusyTimeout.TotalSeconds),
    }.ToString();

    private static async Task ExecuteAsync(SqliteConnection connection, string sql)
    {
        await using var command = connection.CreateCommand();
        command.CommandText = sql;
        await command.ExecuteNonQueryAsync();
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Opened the chat store at {Path}; {Applied} migration(s) applied")]
    private partial void LogOpened(string path, int applied);
}
