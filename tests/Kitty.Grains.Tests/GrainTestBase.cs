using Kitty.Abstractions.Channels;
using Kitty.Abstractions.Errors;
using Kitty.Abstractions.Realtime;
using Kitty.Abstractions.Users;
using Kitty.Grains.Tests.Realtime;
using Kitty.Testing;
using Orleans.TestingHost;

namespace Kitty.Grains.Tests;

/// <summary>Every test gets its own application id, so tests share the cluster without seeing each other.</summary>
public abstract class GrainTestBase(ClusterFixture fixture)
{
    private static long _nextApplicationId = DateTimeOffset.UtcNow.ToUnixTimeMilliseconds() * 1000;

    protected IGrainFactory Grains => fixture.Grains;

    /// <summary>The silo's services, for what a test does beside the grains (e.g. writing the store as another node would).</summary>
    protected IServiceProvider SiloServices => ((InProcessSiloHandle)fixture.Cluster.Primary!).SiloHost.Services;
    protected long ApplicationId { get; } = Interlocked.Increment(ref _nextApplicationId);

    protected IUserDirectoryGrain Users => Grains.GetGrain<IUserDirectoryGrain>(ApplicationId);
    protected IChannelDirectoryGrain Channels => Grains.GetGrain<IChannelDirectoryGrain>(ApplicationId);

    /// <summary>Listens to a channel's stream as a node's channel feed does.</summary>
    protected Task<StreamProbe> ListenToChannel(long channelId) =>
        StreamProbe.Subscribe(fixture.Cluster.Client, KittyStreams.Channel(channelId));

    /// <summary>Listens to a user's stream as a node's user feed does.</summary>
    protected Task<StreamProbe> ListenToUser(long userId) =>
        StreamProbe.Subscribe(fixture.Cluster.Client, KittyStreams.User(userId));

    protected Task<ChatUser> CreateUser(string name, string properties = "{}") =>
        Users.CreateUser(new CreateUser(ApplicationId, name, name.ToUpperInvariant(), false, properties));

    protected Task<Channel> CreateGroupChannel(ChannelType type, string name, params ChatUser[] members) =>
        Channels.CreateChannel(new CreateChannel(ApplicationId, type, name, null, null,
            [.. members.Select(m => UserReference.ById(m.Id))], "{}"));

    protected static async Task<KittyError> RefusalOf(Func<Task> action) =>
        (await Assert.ThrowsAsync<KittyException>(action)).Error;
}
