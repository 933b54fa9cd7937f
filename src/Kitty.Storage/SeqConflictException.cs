namespace Kitty.Storage;

/// <summary>
/// A message was appended with a <c>seq</c> its channel already has: two writers believed they owned the
/// channel (a stale activation after a failover). Nothing was stored.
/// </summary>
public sealed class SeqConflictException(long channelId, long seq)
    : Exception($"Channel {channelId} already has a message with seq {seq}.")
{
    public long ChannelId { get; } = channelId;
    public long Seq { get; } = seq;
}
