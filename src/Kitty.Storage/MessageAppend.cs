using Kitty.Abstractions.Messages;

namespace Kitty.Storage;

/// <summary>A message to append to its channel's log, with the id its sender gave it to make retries safe.</summary>
public sealed record MessageAppend(Message Message, string? ClientMessageId);
