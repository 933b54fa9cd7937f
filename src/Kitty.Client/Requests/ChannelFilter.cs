namespace Kitty.Client.Requests;

/// <summary>Narrows a channel listing.</summary>
/// <param name="Joined">True: channels the user is a member of; false: public channels they could join.</param>
/// <param name="Unread">True: channels with unread messages.</param>
/// <param name="Name">Channel names containing this text.</param>
public sealed record ChannelFilter(bool? Joined = null, bool? Unread = null, string? Name = null);
