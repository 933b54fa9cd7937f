namespace Kitty.Abstractions.Channels;

/// <summary>
/// Filters of a channel listing; null filters match every channel. <see cref="MemberNames"/> keeps
/// channels that have all those users as members; <see cref="PropertiesJson"/> keeps channels whose
/// properties contain every given key with the given value.
/// </summary>
[GenerateSerializer, Immutable, Alias("kitty.channel-query")]
public sealed record ChannelQuery(
    [property: Id(0)] ChannelType? Type = null,
    [property: Id(1)] IReadOnlyList<string>? MemberNames = null,
    [property: Id(2)] DateTimeOffset? StartTime = null,
    [property: Id(3)] DateTimeOffset? EndTime = null,
    [property: Id(4)] string? PropertiesJson = null);
