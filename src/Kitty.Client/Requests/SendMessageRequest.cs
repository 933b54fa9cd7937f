using System.Text.Json;

namespace Kitty.Client.Requests;

/// <summary>
/// A message to send. The target is exactly one of <see cref="ChannelId"/>, <see cref="ThreadId"/> or
/// <see cref="ReplyToMessageId"/>; the content is <see cref="Body"/> or <see cref="File"/>.
/// <see cref="ClientMessageId"/> makes retries idempotent; the client fills it in when it is null.
/// </summary>
/// <param name="ChannelId">Send to this channel's main thread.</param>
/// <param name="ThreadId">Send to this thread.</param>
/// <param name="ReplyToMessageId">Reply to this message.</param>
/// <param name="Body">The text.</param>
/// <param name="File">An external file.</param>
/// <param name="GroupTag">An optional tag grouping messages.</param>
/// <param name="Properties">Free-form custom properties (a JSON object).</param>
/// <param name="ClientMessageId">The idempotency key of this message.</param>
public sealed record SendMessageRequest(
    long? ChannelId = null,
    long? ThreadId = null,
    long? ReplyToMessageId = null,
    string? Body = null,
    FileReference? File = null,
    string? GroupTag = null,
    JsonElement? Properties = null,
    string? ClientMessageId = null);
