using Kitty.Testing.Cluster;

namespace Kitty.EndToEnd.Tests.Cluster;

/// <summary>What must hold after a node died mid-burst: of the message log, of what each user was shown, of the survivors.</summary>
internal static class FailoverExpectations
{
    public static void EveryChannelsSeqIsGapFreeAndUnique(IReadOnlyList<StoredMessage> stored, long[] channels)
    {
        foreach (var channelId in channels)
        {
            var seqs = stored.Where(m => m.ChannelId == channelId).Select(m => m.Seq).ToList();
            Assert.Equal(Enumerable.Range(1, seqs.Count).Select(s => (long)s), seqs);
        }
    }

    public static void EveryAcknowledgedMessageIsStoredOnceWithItsSeq(IReadOnlyList<StoredMessage> stored, IReadOnlyList<AcknowledgedMessage> acknowledged, int sent)
    {
        Assert.Equal(sent, acknowledged.Count);
        var byClientId = stored.Where(m => m.ClientMessageId is not null).ToLookup(m => (m.ChannelId, m.ClientMessageId!));
        foreach (var ack in acknowledged)
        {
            var copies = byClientId[(ack.ChannelId, ack.ClientMessageId)].ToList();
            Assert.True(copies.Count == 1, $"{ack.ClientMessageId} stored {copies.Count} times");
            Assert.Equal((ack.Seq, ack.Id, false), (copies[0].Seq, copies[0].Id, copies[0].Deleted));
        }
    }

    /// <summary>Every send was retried until acknowledged, so a stored message with a client id nobody got back would be a copy.</summary>
    public static void EveryStoredSendWasAcknowledged(IReadOnlyList<StoredMessage> stored, IReadOnlyList<AcknowledgedMessage> acknowledged)
    {
        var acknowledgedIds = acknowledged.Select(a => a.Id).ToHashSet();
        var unacknowledged = stored.Where(m => m.ClientMessageId is not null && !acknowledgedIds.Contains(m.Id)).ToList();
        Assert.True(unacknowledged.Count == 0, "stored but never acknowledged: " + string.Join(", ", unacknowledged.Take(10)));
    }

    public static void EveryUserWasShownExactlyItsChannelsMessagesInOrder(IEnumerable<ClusterUser> users, IReadOnlyList<StoredMessage> stored)
    {
        foreach (var user in users)
        {
            foreach (var channelId in user.Channels)
            {
                var timeline = user.Timeline(channelId);
                var expected = stored.Where(m => m.ChannelId == channelId && m.Seq > timeline.StartSeq && !m.Deleted).Select(m => (m.Seq, m.Id)).ToList();
                var shown = timeline.Messages.Select(m => (m.Seq, m.Id)).ToList();
                Assert.True(expected.SequenceEqual(shown),
                    $"{user.Username} (node {user.Node.Index}, {user.Failovers} failovers) was shown {shown.Count} messages of channel {channelId}, " +
                    $"{shown.Count - shown.Distinct().Count()} of them twice, instead of its {expected.Count}; first difference at index " +
                    $"{expected.Zip(shown).TakeWhile(p => p.First == p.Second).Count()}");
            }
        }
    }

    public static void TheSurvivorsLoggedNoErrors(LocalClusterProcesses cluster)
    {
        foreach (var node in cluster.Survivors)
        {
            var problems = NodeLogProblems.Find(node);
            Assert.True(problems.Count == 0, $"node {node.Index} logged {problems.Count} errors, e.g.:{Environment.NewLine}{string.Join(Environment.NewLine, problems.Take(5))}");
        }
    }

    /// <summary>Whatever a node answered while another died, it was never a 500 (the client reports it as an internal error).</summary>
    public static void NoUserWasAnsweredWithAnInternalError(IEnumerable<ClusterUser> users)
    {
        var internalErrors = users.SelectMany(u => u.Problems).Where(p => p.Contains("internal error", StringComparison.OrdinalIgnoreCase)).ToList();
        Assert.True(internalErrors.Count == 0, $"{internalErrors.Count} calls answered with an internal error, e.g. {internalErrors.FirstOrDefault()}");
    }
}
