using Kitty.Abstractions.Functions;
using Kitty.Abstractions.Paging;
using Kitty.Grains.Functions.Execution;
using Kitty.Storage.Chat;
using Kitty.Storage.Options;
using Kitty.Storage.Sqlite;
using Kitty.Testing;
using Microsoft.Extensions.Logging.Abstractions;

namespace Kitty.Grains.Tests;

/// <summary>Invocation records are written behind the invocations, in batches, to a real SQLite store.</summary>
public sealed class FunctionInvocationRecorderTests : IAsyncLifetime
{
    private const long App = 7;
    private const long FunctionId = 9;
    private static readonly DateTimeOffset T0 = new(2026, 1, 1, 0, 0, 0, TimeSpan.Zero);

    private readonly TemporaryDirectory _directory = new();
    private SqliteDatabase? _database;
    private SqlChatStore? _store;
    private FunctionInvocationRecorder? _recorder;

    private SqlChatStore Store => _store!;
    private FunctionInvocationRecorder Recorder => _recorder!;

    public async Task InitializeAsync()
    {
        _database = new SqliteDatabase(
            Microsoft.Extensions.Options.Options.Create(new ChatStoreOptions { DataDirectory = _directory.Path, FileName = "kitty.db" }),
            NullLogger<SqliteDatabase>.Instance);
        _store = new SqlChatStore(new SqliteChatDatabase(_database));
        await Store.UpsertFunction(new ChatFunction(
            FunctionId, App, ChatFunctionTriggers.UserSentMessage, "f", null, true, 1, new ChatFunctionRuntime(App, ChatRuntime.NodeJs, "v1"), T0));
        _recorder = new FunctionInvocationRecorder(Store, NullLogger<FunctionInvocationRecorder>.Instance);
        await Recorder.StartAsync(CancellationToken.None);
    }

    [Fact]
    public async Task AFlush_MakesEveryRecordQueuedBeforeItReadable_WithTheOutcomeReplacingRunning()
    {
        var running = Invocation(1, ChatFunctionInvocationStatus.RUNNING);
        var succeeded = running with { Status = ChatFunctionInvocationStatus.SUCCEEDED, ResultJson = """{"payload":1}""" };
        var stillRunning = Invocation(2, ChatFunctionInvocationStatus.RUNNING);

        Recorder.Record(running);
        Recorder.Record(succeeded);
        Recorder.Record(stillRunning);
        await Recorder.FlushAsync();

        Assert.Equal([stillRunning, succeeded], (await Store.ListFunctionInvocations(App, FunctionId, PageRequest.First)).Items);
    }

    [Fact]
    public async Task Stopping_WritesWhatIsStillQueued()
    {
        foreach (var id in Enumerable.Range(1, 2000))
        {
            Recorder.Record(Invocation(id, ChatFunctionInvocationStatus.SUCCEEDED));
        }

        await Recorder.StopAsync(CancellationToken.None);

        var page = await Store.ListFunctionInvocations(App, FunctionId, new PageRequest(0, 1, []));
        Assert.Equal(2000, page.TotalElements);
    }

    public async Task DisposeAsync()
    {
        await Recorder.StopAsync(CancellationToken.None);
        await _database!.DisposeAsync();
        _directory.Dispose();
    }

    private static ChatFunctionInvocation Invocation(long id, ChatFunctionInvocationStatus status) =>
        new(id, App, FunctionId, 1, "{}", null, status, "", T0, null);
}
