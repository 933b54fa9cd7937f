namespace Kitty.Abstractions.Channels;

/// <summary>
/// A channel ready to be created by its grain: names claimed, users resolved to ids, ids allocated.
/// </summary>
[GenerateSerializer, Immutable, Alias("kitty.new-channel")]
public sealed record NewChannel(
    [property: Id(0)] long ApplicationId,
    [property: Id(1)] ChannelType Type,
    [property: Id(2)] string? Name,
    [property: Id(3)] string? DisplayName,
    [property: Id(4)] long? CreatorId,
    [property: Id(5)] IReadOnlyList<long> MemberIds,
    [property: Id(6)] string PropertiesJson,
    [property: Id(7)] long MainThreadId);
