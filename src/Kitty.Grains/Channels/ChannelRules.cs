namespace Kitty.Grains.Channels;

/// <summary>The limits of channels and messages.</summary>
public static class ChannelRules
{
    /// <summary>A direct channel holds its creator and at most nine others.</summary>
    public const int MaxDirectMembers = 10;
    public const int MinDirectMembers = 2;
    public const int MaxNameLength = 256;
    public const int MaxDisplayNameLength = 256;
    public const int MaxBodyLength = 10_000;
    public const int MaxGroupTagLength = 256;
    public const int MaxEventTypeLength = 128;
    public const int MaxKeysLength = 4 * 1024;

    /// <summary>A typing member who sends no keystrokes for this long has stopped typing.</summary>
    public static readonly TimeSpan TypingQuietPeriod = TimeSpan.FromSeconds(5);

    /// <summary>How often a channel with typing members looks for quiet ones.</summary>
    public static readonly TimeSpan TypingCheckPeriod = TimeSpan.FromSeconds(1);
}
