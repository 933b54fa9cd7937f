using System.Collections.Concurrent;
using System.Diagnostics;
using Kitty.Client;
using Kitty.Client.Requests;
using Kitty.Testing;
using Kitty.Testing.Cluster;
using Xunit.Abstractions;

namespace Kitty.EndToEnd.Tests.Cluster;

/// <summary>
/// Issue 6's failover test with real processes: three nodes on loopback, SignalR clients spread across them in shared
/// channels, a burst of messages, and one node killed with SIGKILL in the middle of it.
/// </summary>
public sealed class NodeFailoverTests(ITestOutputHelper output) : IAsyncLifetime
{
    private const int NodeCount = 3;
    private const int KilledNode = 2;
    private const int ChannelCount = 5;
    private const int UserCount = 30;
    private const int SenderCount = 12;
    private const int MessagesPerSender = 200;
    private const int TotalMessages = SenderCount * MessagesPerSender;
    private static readonly TimeSpan LeaseDuration = TimeSpan.FromSeconds(3);

    // A killed silo is declared dead after two missed one-second probes rather than Orleans' production timings;
    // rate limits are out of the way of a burst; a dead node's connections lose their lease within seconds.
    private static readonly Dictionary<string, string> Settings = new()
    {
        ["Kitty:Silo:Membership:ProbeTimeout"] = "00:00:01",
        ["Kitty:Silo:Membership:NumMissedProbesLimit"] = "2",
        ["Kitty:Presence:LeaseDuration"] = LeaseDuration.ToString(),
        ["Kitty:Api:MessagesPerSecond"] = "100000",
        ["Kitty:Api:CallsPerSecond"] = "100000",
    };

    private readonly List<ClusterUser> _users = [];
    private readonly List<KittyClient> _bystanders = [];
    private PostgresTestDatabase? _database;
    private LocalClusterProcesses? _cluster;
    private int _balanced;

    public async Task InitializeAsync()
    {
        _database = await PostgresTestDatabase.CreateAsync();
        if (_database is null) return;
        _cluster = await LocalClusterProcesses.StartAsync(NodeCount, _database.ConnectionString, Settings);
    }

    public async Task DisposeAsync()
    {
        foreach (var user in _users) await user.DisposeAsync();
        foreach (var bystander in _bystanders) await bystander.DisposeAsync();
        if (_cluster is not null) await _cluster.DisposeAsync();
        if (_database is not null) await _database.DisposeAsync();
    }

    [SkippableFact]
    public async Task KillingANodeMidBurst_LosesNoAcknowledgedMessage_AndEveryClientEndsWithItsChannelsMessagesInOrder()
    {
        Skip.If(_database is null, PostgresTestDatabase.SkipReason);
        var cluster = _cluster!;
        var clock = Stopwatch.StartNew();
        var channels = await UsersInSharedChannelsAsync(cluster);
        var bystanders = await UsersOnlyOnTheNodeToKillAsync(cluster, channels[0]);
        var observer = _users[0];
        foreach (var bystander in bystanders)
        {
            Assert.True((await observer.Client.RetrieveUserAsync(bystander)).Presence?.Online, "a connected user is online");
        }

        var acknowledged = new ConcurrentBag<AcknowledgedMessage>();
        using var deadline = new CancellationTokenSource(TimeSpan.FromSeconds(60));
        var burst = Stopwatch.StartNew();
        var senders = _users.Take(SenderCount).Select((sender, index) => Task.Run(() => SendBurstAsync(sender, index, acknowledged, deadline.Token))).ToList();
        var (killedAt, acknowledgedBeforeKill) = await KillMidBurstAsync(cluster, acknowledged, deadline.Token);
        var offline = WaitUntilOfflineAsync(observer, bystanders, killedAt, deadline.Token);
        await Task.WhenAll(senders);
        burst.Stop();

        var offlineAfter = await offline;
        foreach (var user in _users) await user.EnsureConnectedAsync();
        var stored = await StoredMessage.ReadAsync(_database!, channels);
        await WaitUntilEveryTimelineReachesTheEndAsync(stored);
        Report(clock, burst, acknowledgedBeforeKill, acknowledged.Count, offlineAfter);

        Assert.InRange(acknowledgedBeforeKill, 1, TotalMessages - 1);
        FailoverExpectations.EveryChannelsSeqIsGapFreeAndUnique(stored, channels);
        FailoverExpectations.EveryAcknowledgedMessageIsStoredOnceWithItsSeq(stored, [.. acknowledged], TotalMessages);
        FailoverExpectations.EveryStoredSendWasAcknowledged(stored, [.. acknowledged]);
        FailoverExpectations.EveryUserWasShownExactlyItsChannelsMessagesInOrder(_users, stored);
        await TheApiListsExactlyTheStoredMessagesAsync(stored, channels);
        ReconnectedUsersAreOnlineAgain(await Task.WhenAll(_users.Where(u => u.Failovers > 0).Select(u => RetrieveUserAsync(observer, u.Id, CancellationToken.None))));
        FailoverExpectations.NoUserWasAnsweredWithAnInternalError(_users);
        FailoverExpectations.TheSurvivorsLoggedNoErrors(cluster);
    }

    /// <summary>Users round-robin on the nodes, each a member of two of the channels, with chat sessions in both.</summary>
    private async Task<long[]> UsersInSharedChannelsAsync(LocalClusterProcesses cluster)
    {
        var run = Guid.NewGuid().ToString("N")[..8];
        for (var i = 0; i < UserCount; i++)
        {
            _users.Add(await ClusterUser.ConnectAsync(cluster.Nodes[i % NodeCount], cluster.Credentials.ApiKey, $"user{i}-{run}@example.com", Balance));
        }

        var channels = new long[ChannelCount];
        for (var c = 0; c < ChannelCount; c++)
        {
            var members = _users.Where((_, i) => ChannelsOf(i).Contains(c)).Select(u => UserRef.ById(u.Id)).ToList();
            channels[c] = (await _users[c].Client.CreateChannelAsync(new CreateChannelRequest("PUBLIC", $"room{c}-{run}", Members: members))).Id;
        }

        for (var i = 0; i < UserCount; i++)
        {
            await _users[i].OpenChatSessionsAsync(ChannelsOf(i).Select(c => channels[c]));
        }

        return channels;
    }

    private static int[] ChannelsOf(int user) => [user % ChannelCount, (user + 1) % ChannelCount];

    /// <summary>Devices that never come back: connected only to the node that will die, so its death must take them offline.</summary>
    private async Task<long[]> UsersOnlyOnTheNodeToKillAsync(LocalClusterProcesses cluster, long channelId)
    {
        var ids = new List<long>();
        for (var i = 0; i < 3; i++)
        {
            var options = new KittyClientOptions { ReconnectDelays = [] };
            var client = await KittyClient.StartSessionAsync(
                cluster.Nodes[KilledNode].Url, cluster.Credentials.ApiKey, $"bystander{i}-{Guid.NewGuid():N}@example.com", options: options);
            _bystanders.Add(client);
            await client.JoinChannelAsync(channelId);
            ids.Add(client.CurrentUser.Id);
        }

        return [.. ids];
    }

    private NodeProcess Balance()
    {
        var survivors = _cluster!.Survivors;
        return survivors[(Interlocked.Increment(ref _balanced) & int.MaxValue) % survivors.Count];
    }

    private static async Task SendBurstAsync(ClusterUser sender, int senderIndex, ConcurrentBag<AcknowledgedMessage> acknowledged, CancellationToken deadline)
    {
        var channels = sender.Channels.ToArray();
        for (var k = 0; k < MessagesPerSender; k++)
        {
            var channelId = channels[k % channels.Length];
            var clientMessageId = $"s{senderIndex}-m{k}";
            var message = await sender.SendUntilAcknowledgedAsync(channelId, clientMessageId, $"message {k} from sender {senderIndex}", deadline);
            acknowledged.Add(new AcknowledgedMessage(channelId, clientMessageId, message.Seq, message.Id));
        }
    }

    private static async Task<(Stopwatch KilledAt, int AcknowledgedBefore)> KillMidBurstAsync(
        LocalClusterProcesses cluster, ConcurrentBag<AcknowledgedMessage> acknowledged, CancellationToken deadline)
    {
        while (acknowledged.Count < TotalMessages / 3) await Task.Delay(5, deadline);
        var before = acknowledged.Count;
        await cluster.KillAsync(KilledNode);
        return (Stopwatch.StartNew(), before);
    }

    /// <summary>How long after the kill the last user connected only to the dead node was shown offline.</summary>
    private static async Task<TimeSpan> WaitUntilOfflineAsync(ClusterUser observer, long[] userIds, Stopwatch killedAt, CancellationToken deadline)
    {
        var limit = LeaseDuration * 2 + TimeSpan.FromSeconds(10);
        foreach (var userId in userIds)
        {
            while ((await RetrieveUserAsync(observer, userId, deadline)).Presence?.Online == true)
            {
                Assert.True(killedAt.Elapsed < limit, $"user {userId}, connected only to the killed node, still online {killedAt.Elapsed} after the kill");
                await Task.Delay(50);
            }
        }

        return killedAt.Elapsed;
    }

    private static Task<Kitty.Client.Models.User> RetrieveUserAsync(ClusterUser observer, long userId, CancellationToken deadline) =>
        observer.UntilAnsweredAsync((client, token) => client.RetrieveUserAsync(userId, token), "retrieve user", deadline);

    /// <summary>Live delivery ends at each channel's newest message (or never does, and the test says who is stuck where).</summary>
    private async Task WaitUntilEveryTimelineReachesTheEndAsync(IReadOnlyList<StoredMessage> stored)
    {
        var newest = stored.GroupBy(m => m.ChannelId).ToDictionary(g => g.Key, g => g.Max(m => m.Seq));
        var limit = Stopwatch.StartNew();
        while (true)
        {
            var behind = _users.SelectMany(u => u.Channels.Select(c => (User: u, Channel: c, Seq: u.Timeline(c).LastSeq)))
                .Where(t => t.Seq < newest[t.Channel])
                .ToList();
            if (behind.Count == 0) return;
            Assert.True(limit.Elapsed < TimeSpan.FromSeconds(20), "clients stuck behind their channels' newest message: " + string.Join("; ", behind.Take(10).Select(b =>
                $"{b.User.Username} on node {b.User.Node.Index} at seq {b.Seq} of {newest[b.Channel]} in channel {b.Channel} ({string.Join(" | ", b.User.Problems.Take(3))})")));
            await Task.Delay(20);
        }
    }

    private async Task TheApiListsExactlyTheStoredMessagesAsync(IReadOnlyList<StoredMessage> stored, long[] channels)
    {
        foreach (var channelId in channels)
        {
            var member = _users.First(u => u.Channels.Contains(channelId));
            var listed = (await member.Client.CatchUpAsync(channelId, 0)).Select(m => (m.Seq, m.Id));
            Assert.Equal(stored.Where(m => m.ChannelId == channelId && !m.Deleted).Select(m => (m.Seq, m.Id)), listed);
        }
    }

    private static void ReconnectedUsersAreOnlineAgain(IEnumerable<Kitty.Client.Models.User> reconnected)
    {
        var users = reconnected.ToList();
        Assert.NotEmpty(users);
        Assert.All(users, user => Assert.True(user.Presence?.Online, $"{user.Name} reconnected to a surviving node but is offline"));
    }

    private void Report(Stopwatch clock, Stopwatch burst, int acknowledgedBeforeKill, int acknowledgedCount, TimeSpan offlineAfter)
    {
        output.WriteLine($"{acknowledgedCount} of {TotalMessages} messages acknowledged in {burst.Elapsed.TotalSeconds:F1} s, node {KilledNode} killed after {acknowledgedBeforeKill}");
        output.WriteLine($"{_users.Count(u => u.Failovers > 0)} users failed over, {_users.Sum(u => u.Retries)} calls retried; bystanders offline {offlineAfter.TotalSeconds:F1} s after the kill");
        foreach (var problem in _users.SelectMany(u => u.Problems).GroupBy(p => p).OrderByDescending(g => g.Count()).Take(30))
        {
            output.WriteLine($"  {problem.Count()} x {problem.Key}");
        }

        foreach (var node in _cluster!.Survivors)
        {
            output.WriteLine($"node {node.Index}: {NodeLogProblems.FindRuntimeErrors(node).Count} errors logged by Orleans itself while the dead silo was detected, {NodeLogProblems.CountUnpublishedEvents(node)} realtime events not published");
        }

        output.WriteLine($"test body {clock.Elapsed.TotalSeconds:F1} s; logs in {_cluster.Directory}");
    }
}
