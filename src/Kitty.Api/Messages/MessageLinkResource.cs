namespace Kitty.Api.Messages;

/// <summary>A URL found in a message body (MessageLinkProperties).</summary>
public sealed record MessageLinkResource(string Source, int StartPosition, int EndPosition);
