namespace Kitty.Abstractions.Messages;

/// <summary>What a mention tag names.</summary>
public enum MentionType
{
    /// <summary><c>&lt;#channel-name&gt;</c></summary>
    CHANNEL,
    /// <summary><c>&lt;@user-name&gt;</c></summary>
    USER,
}
