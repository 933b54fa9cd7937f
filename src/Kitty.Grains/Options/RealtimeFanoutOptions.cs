namespace Kitty.Grains.Options;

/// <summary>
/// Bounds on realtime events that fan out to users' own streams (section <c>Kitty:Realtime</c>): each such
/// event costs one stream publish per recipient, so big channels and well-connected users are capped.
/// </summary>
public sealed class RealtimeFanoutOptions
{
    public const string Section = "Kitty:Realtime";

    /// <summary>
    /// <c>participant.typing.*</c> go to members without a chat session only in channels with at most this
    /// many members; bigger channels show typing to their chat sessions alone. 0 turns it off.
    /// </summary>
    public int TypingToMembersMaxMembers { get; set; } = 100;

    /// <summary>
    /// <c>contact.presence.changed</c> and <c>contact.user.updated</c> go to at most this many distinct users
    /// who share a channel with the user (which ones, past the cap, is unspecified). 0 turns them off.
    /// </summary>
    public int MaxContacts { get; set; } = 500;
}
