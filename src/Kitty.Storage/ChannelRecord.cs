using Kitty.Abstractions.Channels;

namespace Kitty.Storage;

/// <summary>A channel's own row in the chat store, as its grain writes it.</summary>
public sealed record ChannelRecord(
    long Id,
    long ApplicationId,
    ChannelType Type,
    string? Name,
    string? DisplayName,
    string PropertiesJson,
    DateTimeOffset CreatedTime,
    long? CreatorId,
    long MainThreadId);
