using Kitty.Abstractions.Channels;
using Kitty.Abstractions.Messages;
using Kitty.Abstractions.Users;
using Kitty.Api.Messages;

namespace Kitty.Api.Users;

/// <summary>What a page of notifications names by id, fetched once: messages, parents, channels, mentioned users.</summary>
internal sealed record NotificationParts(
    IReadOnlyDictionary<long, Message> Messages,
    IReadOnlyDictionary<long, Message> Parents,
    IReadOnlyDictionary<long, Channel> Channels,
    IReadOnlyDictionary<long, ChatUser> Users,
    MentionLookup Mentions);
