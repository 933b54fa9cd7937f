using Kitty.Abstractions.Channels;

namespace Kitty.Grains.Channels;

[GenerateSerializer, Alias("kitty.state.channel")]
public sealed class ChannelState
{
    [Id(0)] public bool Exists { get; set; }
    [Id(1)] public long ApplicationId { get; set; }
    [Id(2)] public ChannelType Type { get; set; }
    [Id(3)] public string? Name { get; set; }
    [Id(4)] public string? DisplayName { get; set; }
    [Id(5)] public string PropertiesJson { get; set; } = "{}";
    [Id(6)] public DateTimeOffset CreatedTime { get; set; }
    [Id(7)] public long? CreatorId { get; set; }
    [Id(8)] public long MainThreadId { get; set; }
    [Id(9)] public HashSet<long> Members { get; set; } = [];
    [Id(10)] public HashSet<long> Moderators { get; set; } = [];
    [Id(11)] public HashSet<long> Invitees { get; set; } = [];
    /// <summary>Members who muted the channel: their notifications from it are marked muted.</summary>
    [Id(20)] public HashSet<long> Muted { get; set; } = [];
    /// <summary>Each member's read pointer: the highest seq they read.</summary>
    [Id(30)] public Dictionary<long, long> ReadSeqs { get; set; } = [];
    /// <summary>Members who hid this (direct) channel until its next message.</summary>
    [Id(31)] public HashSet<long> HiddenBy { get; set; } = [];
}
