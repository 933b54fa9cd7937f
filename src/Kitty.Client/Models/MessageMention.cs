namespace Kitty.Client.Models;

/// <summary>A <c>&lt;@user&gt;</c> or <c>&lt;#channel&gt;</c> mention parsed from a message body.</summary>
/// <param name="Type"><c>USER</c> or <c>CHANNEL</c>.</param>
/// <param name="Tag">The text of the mention, e.g. <c>&lt;@jane&gt;</c>.</param>
/// <param name="StartPosition">Index of its first UTF-16 code unit in the body.</param>
/// <param name="EndPosition">Index just after its last code unit (exclusive).</param>
/// <param name="User">The mentioned user, for USER mentions.</param>
/// <param name="Channel">The mentioned channel, for CHANNEL mentions.</param>
public sealed record MessageMention(
    string Type,
    string Tag,
    int StartPosition,
    int EndPosition,
    User? User,
    Channel? Channel);
