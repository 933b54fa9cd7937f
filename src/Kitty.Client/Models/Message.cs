using System.Text.Json;

namespace Kitty.Client.Models;

/// <summary>
/// A message. Text types (<c>TEXT</c>, <c>SYSTEM_TEXT</c>) carry <see cref="Body"/>, <see cref="Mentions"/> and
/// <see cref="Links"/>; file types (<c>FILE</c>, <c>SYSTEM_FILE</c>) carry <see cref="File"/>; user messages carry
/// <see cref="User"/>. <see cref="Seq"/> is the message's place in its channel: it grows by one per message.
/// </summary>
/// <param name="Id">The message id.</param>
/// <param name="Type"><c>TEXT</c>, <c>FILE</c>, <c>SYSTEM_TEXT</c> or <c>SYSTEM_FILE</c>.</param>
/// <param name="ChannelId">The channel the message belongs to.</param>
/// <param name="Body">The text of a text message.</param>
/// <param name="File">The file of a file message.</param>
/// <param name="User">The sender of a user message.</param>
/// <param name="Mentions">Mentions parsed from the body.</param>
/// <param name="Links">URLs found in the body.</param>
/// <param name="GroupTag">An optional tag grouping messages.</param>
/// <param name="CreatedTime">When the message was sent.</param>
/// <param name="LastEditedTime">When the body was last edited.</param>
/// <param name="Properties">Free-form custom properties (a JSON object).</param>
public sealed record Message(
    long Id,
    string Type,
    long ChannelId,
    string? Body,
    MessageFile? File,
    User? User,
    IReadOnlyList<MessageMention>? Mentions,
    IReadOnlyList<MessageLink>? Links,
    string? GroupTag,
    DateTimeOffset CreatedTime,
    DateTimeOffset? LastEditedTime,
    JsonElement Properties)
{
    /// <summary>The per-channel sequence number (0 when the server did not send one).</summary>
    public long Seq { get; init; }

    /// <summary>The thread of the message, when the server sends it.</summary>
    public long? ThreadId { get; init; }

    /// <summary>How deep in a reply chain the message is (0 for top-level messages).</summary>
    public int NestedLevel { get; init; }

    /// <summary>How many replies the message has.</summary>
    public int RepliesCount { get; init; }

    /// <summary>The id of the message this one replies to, when the server sends it.</summary>
    public long? ParentMessageId { get; init; }

    /// <summary>The idempotency key the sender gave, when the server echoes it.</summary>
    public string? ClientMessageId { get; init; }

    /// <summary>The reactions to the message, one summary per emoji (null when nobody reacted).</summary>
    public IReadOnlyList<ReactionSummary>? Reactions { get; init; }
}
