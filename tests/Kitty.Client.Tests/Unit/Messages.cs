using Kitty.Client.Models;
using Kitty.Client.Wire;

namespace Kitty.Client.Tests.Unit;

/// <summary>Test messages of one channel.</summary>
internal static class Messages
{
    public const long ChannelId = 42;

    public static Message At(long seq, long channelId = ChannelId) =>
        new(1000 + seq, "TEXT", channelId, $"message {seq}", null, null, [], [], null, DateTimeOffset.UnixEpoch, null, KittyJson.EmptyObject)
        {
            Seq = seq,
        };

    public static long[] Seqs(IEnumerable<Message> messages) => [.. messages.Select(m => m.Seq)];
}
