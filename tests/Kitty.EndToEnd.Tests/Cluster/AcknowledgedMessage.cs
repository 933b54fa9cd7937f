namespace Kitty.EndToEnd.Tests.Cluster;

/// <summary>A send a node acknowledged: the message it said it stored, under the sender's client message id.</summary>
internal sealed record AcknowledgedMessage(long ChannelId, string ClientMessageId, long Seq, long Id);
