using System.Diagnostics.CodeAnalysis;
using Kitty.Abstractions.Applications;
using Kitty.Abstractions.Channels;
using Kitty.Abstractions.Messages;
using Kitty.Abstractions.Realtime;
using Kitty.Abstractions.Users;
using Kitty.Grains.Applications;
using Kitty.Grains.Hosting;
using Kitty.Grains.Tests.Realtime;
using Kitty.Testing;
using Microsoft.Extensions.DependencyInjection;
using Orleans.Runtime;
using Orleans.Storage;
using Orleans.TestingHost;

namespace Kitty.Grains.Tests.Postgres;

/// <summary>
/// Kitty's grains on a cluster of silos sharing PostgreSQL: grains move off a killed silo with their state, a channel
/// goes on at its next seq and keeps streaming, a stale state write is refused, reminders persist.
/// </summary>
public sealed class PostgresClusterTests(PostgresClusterFixture fixture) : IClassFixture<PostgresClusterFixture>
{
    private static readonly TimeSpan FailoverTimeout = TimeSpan.FromSeconds(30);

    [SkippableFact]
    public async Task GrainState_WrittenThroughOneSilo_IsReadAfterThatSiloIsKilled()
    {
        var cluster = Cluster();
        var applicationId = Random.Shared.NextInt64(1, long.MaxValue);
        var grain = cluster.GrainFactory.GetGrain<IApplicationGrain>(applicationId);
        var credentials = new ApplicationCredentials($"key-{Guid.NewGuid():N}", $"client-{Guid.NewGuid():N}", "secret");
        await grain.Provision(credentials);
        // A positional record inside the state, neither the default nor all-false: a serializer that dropped its
        // fields would read back one of those.
        var settings = new ApplicationSettings(GuestUsers: false, UserCreatedChannels: true);
        await grain.UpdateSettings(settings);
        var host = await HostOf(cluster, grain.GetGrainId());

        await cluster.KillSiloAsync(cluster.Silos.Single(silo => silo.SiloAddress.Equals(host)));
        await WaitUntilDeclaredDead(cluster, host);

        Assert.Equal(settings, await grain.GetSettings());
        Assert.Equal(credentials.ApiKey, (await grain.Get()).ApiKey);
        Assert.True(await grain.VerifyClientSecret("secret"));
        Assert.NotEqual(host, await HostOf(cluster, grain.GetGrainId()));
    }

    [SkippableFact]
    public async Task ChannelMessages_AfterTheChannelsSiloIsKilled_GoOnAtTheNextSeq_AndStillArriveOnItsStream()
    {
        var cluster = Cluster();
        var applicationId = Random.Shared.NextInt64(1, long.MaxValue);
        var jane = await cluster.GrainFactory.GetGrain<IUserDirectoryGrain>(applicationId)
            .CreateUser(new CreateUser(applicationId, "jane", "Jane", false, "{}"));
        var model = await cluster.GrainFactory.GetGrain<IChannelDirectoryGrain>(applicationId).CreateChannel(
            new CreateChannel(applicationId, ChannelType.PUBLIC, $"room-{Guid.NewGuid():N}", null, null, [UserReference.ById(jane.Id)], "{}"));
        var channel = cluster.GrainFactory.GetGrain<IChannelGrain>(model.Id);
        await using var events = await StreamProbe.Subscribe(cluster.Client, KittyStreams.Channel(model.Id));
        var text = (int i) => new SendMessage(applicationId, jane.Id, $"hello {i}", null, null, "{}");

        for (var i = 1; i <= 5; i++) await channel.SendMessage(text(i));
        await events.Take(5, ChatEventTypes.MessageCreated);
        var host = await HostOf(cluster, channel.GetGrainId());
        await cluster.KillSiloAsync(cluster.Silos.Single(silo => silo.SiloAddress.Equals(host)));
        await WaitUntilDeclaredDead(cluster, host);
        var after = new List<Message>();
        for (var i = 6; i <= 10; i++) after.Add(await channel.SendMessage(text(i)));

        Assert.Equal([6L, 7, 8, 9, 10], after.Select(m => m.Seq));
        var delivered = await events.Take(5, ChatEventTypes.MessageCreated, e => e.Seq > 5);
        Assert.Equal([6L, 7, 8, 9, 10], delivered.Select(e => e.Seq!.Value));
        Assert.NotEqual(host, await HostOf(cluster, channel.GetGrainId()));
        var stored = await cluster.GrainFactory.GetGrain<IMessageDirectoryGrain>(applicationId).ListMessagesAfterSeq(model.Id, 0, 100);
        Assert.Equal(Enumerable.Range(1, 10).Select(i => $"hello {i}"), stored.Select(m => m.Body));
    }

    [SkippableFact]
    public async Task GrainState_WriteFromAStaleCopy_IsRefused()
    {
        var storage = Services(Cluster()).GetRequiredKeyedService<IGrainStorage>(KittyStorage.Name);
        var grainId = GrainId.Create("application", Guid.NewGuid().ToString("N"));
        var current = await Read(storage, grainId);
        var stale = await Read(storage, grainId);

        current.State.ApiKey = "first";
        await storage.WriteStateAsync("application", grainId, current);
        stale.State.ApiKey = "second insert";
        await Assert.ThrowsAsync<InconsistentStateException>(() => storage.WriteStateAsync("application", grainId, stale));

        var reread = await Read(storage, grainId);
        current.State.Settings = new ApplicationSettings(false, true);
        await storage.WriteStateAsync("application", grainId, current);
        reread.State.ApiKey = "lost update";
        await Assert.ThrowsAsync<InconsistentStateException>(() => storage.WriteStateAsync("application", grainId, reread));
        await Assert.ThrowsAsync<InconsistentStateException>(() => storage.ClearStateAsync("application", grainId, reread));

        var stored = await Read(storage, grainId);
        Assert.Equal("first", stored.State.ApiKey);
        Assert.Equal(new ApplicationSettings(false, true), stored.State.Settings);
        Assert.Equal("2", stored.ETag);
    }

    [SkippableFact]
    public async Task Reminder_UpsertedIntoTheReminderTable_IsPersistedAndRemovedByItsETag()
    {
        var cluster = Cluster();
        var table = Services(cluster).GetRequiredService<IReminderTable>();
        var grainId = GrainId.Create("reminder-test", Guid.NewGuid().ToString("N"));
        var startAt = new DateTime(2030, 1, 2, 3, 4, 5, DateTimeKind.Utc);

        var etag = await table.UpsertRow(new ReminderEntry { GrainId = grainId, ReminderName = "tick", StartAt = startAt, Period = TimeSpan.FromMinutes(5) });
        var row = await table.ReadRow(grainId, "tick");
        var inRange = await table.ReadRows(0, uint.MaxValue);

        Assert.NotNull(row);
        Assert.Equal(etag, row.ETag);
        Assert.Equal(startAt, row.StartAt.ToUniversalTime());
        Assert.Equal(TimeSpan.FromMinutes(5), row.Period);
        Assert.Contains(inRange.Reminders, reminder => reminder.GrainId == grainId);
        Assert.Equal(1L, await fixture.Database!.ScalarAsync($"SELECT count(*) FROM OrleansRemindersTable WHERE GrainId = '{grainId}' AND ReminderName = 'tick'"));
        Assert.False(await table.RemoveRow(grainId, "tick", "999"));
        Assert.True(await table.RemoveRow(grainId, "tick", etag!));
        Assert.Null(await table.ReadRow(grainId, "tick"));
    }

    private TestCluster Cluster()
    {
        Skip.If(fixture.Cluster is null, PostgresTestDatabase.SkipReason);
        return fixture.Cluster;
    }

    private static IServiceProvider Services(TestCluster cluster) =>
        ((InProcessSiloHandle)cluster.GetActiveSilos().First()).SiloHost.Services;

    private static async Task<StoredApplication> Read(IGrainStorage storage, GrainId grainId)
    {
        var state = new StoredApplication();
        await storage.ReadStateAsync("application", grainId, state);
        return state;
    }

    private static async Task<SiloAddress> HostOf(TestCluster cluster, GrainId grainId)
    {
        var statistics = await cluster.GrainFactory.GetGrain<IManagementGrain>(0)
            .GetDetailedGrainStatistics();
        return statistics.Single(statistic => statistic.GrainId == grainId).SiloAddress;
    }

    private static async Task WaitUntilDeclaredDead(TestCluster cluster, SiloAddress silo)
    {
        var management = cluster.GrainFactory.GetGrain<IManagementGrain>(0);
        using var timeout = new CancellationTokenSource(FailoverTimeout);
        while ((await management.GetHosts(onlyActive: true)).ContainsKey(silo))
        {
            await Task.Delay(TimeSpan.FromMilliseconds(50), timeout.Token);
        }
    }

    private sealed class StoredApplication : IGrainState<ApplicationState>
    {
        [AllowNull]
        public ApplicationState State { get; set => field = value ?? new(); } = new();
        public string? ETag { get; set; }
        public bool RecordExists { get; set; }
    }
}
