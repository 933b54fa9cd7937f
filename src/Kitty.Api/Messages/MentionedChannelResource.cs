using System.Text.Json;
using Kitty.Api.Users;

namespace Kitty.Api.Messages;

/// <summary>The channel a mention names (MessageMentionChannelProperties).</summary>
public sealed record MentionedChannelResource(
    string Type,
    long Id,
    DateTimeOffset CreatedTime,
    ChatUserResource? Creator,
    string? DisplayName,
    string? Name,
    JsonElement Properties);
