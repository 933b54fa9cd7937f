using Kitty.Storage.GrainStorage;
using Kitty.Storage.Tests.Sqlite;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging.Abstractions;
using Orleans;
using Orleans.Runtime;
using Orleans.Serialization;
using Orleans.Serialization.Serializers;
using Orleans.Storage;

namespace Kitty.Storage.Tests.GrainStorage;

public sealed class SqliteGrainStorageTests(TempDatabase file) : IClassFixture<TempDatabase>, IDisposable
{
    private const string StateName = "channel";

    private readonly ServiceProvider _services = new ServiceCollection().AddSerializer().BuildServiceProvider();

    private SqliteGrainStorage Storage => new(
        "kitty",
        file.Database,
        new OrleansGrainStorageSerializer(_services.GetRequiredService<Serializer>()),
        _services.GetRequiredService<IActivatorProvider>(),
        NullLogger<SqliteGrainStorage>.Instance);

    private static GrainId NewGrainId() => GrainId.Create("test", Guid.NewGuid().ToString("N"));

    private static GrainState<Dictionary<string, int>> State(int value, string? etag = null) =>
        new(new Dictionary<string, int> { ["value"] = value }, etag);

    [Fact]
    public async Task Read_OfAnUnwrittenGrain_HasNoRecordNoEtagAndAnEmptyState()
    {
        var state = State(99, "stale");

        await Storage.ReadStateAsync(StateName, NewGrainId(), state);

        Assert.False(state.RecordExists);
        Assert.Null(state.ETag);
        Assert.Empty(state.State!);
    }

    [Fact]
    public async Task WriteThenRead_RoundTripsTheStateAndEtag()
    {
        var grain = NewGrainId();
        var written = State(1);

        await Storage.WriteStateAsync(StateName, grain, written);
        var read = State(0);
        await Storage.ReadStateAsync(StateName, grain, read);

        Assert.True(written.RecordExists);
        Assert.NotNull(written.ETag);
        Assert.True(read.RecordExists);
        Assert.Equal(written.ETag, read.ETag);
        Assert.Equal(1, read.State!["value"]);
    }

    [Fact]
    public async Task Write_WithTheCurrentEtag_ReplacesTheStateAndTheEtag()
    {
        var grain = NewGrainId();
        var state = State(1);
        await Storage.WriteStateAsync(StateName, grain, state);
        var firstEtag = state.ETag;

        state.State!["value"] = 2;
        await Storage.WriteStateAsync(StateName, grain, state);

        Assert.NotEqual(firstEtag, state.ETag);
        var read = State(0);
        await Storage.ReadStateAsync(StateName, grain, read);
        Assert.Equal(2, read.State!["value"]);
    }

    [Fact]
    public async Task Write_WithAStaleEtag_ThrowsAndDoesNotOverwrite()
    {
        var grain = NewGrainId();
        var winner = State(1);
        await Storage.WriteStateAsync(StateName, grain, winner);
        var loser = State(0, winner.ETag);
        winner.State!["value"] = 2;
        await Storage.WriteStateAsync(StateName, grain, winner);

        loser.State!["value"] = 666;
        var error = await Assert.ThrowsAsync<InconsistentStateException>(() => Storage.WriteStateAsync(StateName, grain, loser));

        Assert.Equal(winner.ETag, error.StoredEtag);
        var read = State(0);
        await Storage.ReadStateAsync(StateName, grain, read);
        Assert.Equal((2, winner.ETag), (read.State!["value"], read.ETag));
    }

    [Fact]
    public async Task Write_WithoutEtagOverAnExistingRecord_Throws()
    {
        var grain = NewGrainId();
        await Storage.WriteStateAsync(StateName, grain, State(1));

        await Assert.ThrowsAsync<InconsistentStateException>(() => Storage.WriteStateAsync(StateName, grain, State(2)));
    }

    [Fact]
    public async Task Write_ToAnotherStateName_IsIndependent()
    {
        var grain = NewGrainId();
        await Storage.WriteStateAsync(StateName, grain, State(1));

        var other = State(5);
        await Storage.WriteStateAsync("other", grain, other);

        Assert.True(other.RecordExists);
    }

    [Fact]
    public async Task Clear_WithTheCurrentEtag_RemovesTheRecord()
    {
        var grain = NewGrainId();
        var state = State(1);
        await Storage.WriteStateAsync(StateName, grain, state);

        await Storage.ClearStateAsync(StateName, grain, state);

        Assert.False(state.RecordExists);
        Assert.Null(state.ETag);
        Assert.Empty(state.State!);
        var read = State(0);
        await Storage.ReadStateAsync(StateName, grain, read);
        Assert.False(read.RecordExists);
        await Storage.WriteStateAsync(StateName, grain, state);
        Assert.True(state.RecordExists);
    }

    [Fact]
    public async Task Clear_WithAStaleEtag_ThrowsAndKeepsTheRecord()
    {
        var grain = NewGrainId();
        var current = State(1);
        await Storage.WriteStateAsync(StateName, grain, current);
        var stale = State(0, current.ETag);
        await Storage.WriteStateAsync(StateName, grain, current);

        await Assert.ThrowsAsync<InconsistentStateException>(() => Storage.ClearStateAsync(StateName, grain, stale));

        var read = State(0);
        await Storage.ReadStateAsync(StateName, grain, read);
        Assert.True(read.RecordExists);
    }

    [Fact]
    public async Task Write_AfterAnotherActivationCleared_ThrowsForTheStaleEtag()
    {
        var grain = NewGrainId();
        var first = State(1);
        await Storage.WriteStateAsync(StateName, grain, first);
        var second = State(0, first.ETag);
        await Storage.ClearStateAsync(StateName, grain, first);

        await Assert.ThrowsAsync<InconsistentStateException>(() => Storage.WriteStateAsync(StateName, grain, second));
    }

    [Fact]
    public async Task State_AfterReopeningTheFile_IsKept()
    {
        var grain = NewGrainId();
        var state = State(7);
        await Storage.WriteStateAsync(StateName, grain, state);

        await file.Reopen();
        var read = State(0);
        await Storage.ReadStateAsync(StateName, grain, read);

        Assert.Equal((7, state.ETag), (read.State!["value"], read.ETag));
    }

    public void Dispose() => _services.Dispose();
}
