namespace Kitty.Abstractions.Channels;

/// <summary>The kinds of channel.</summary>
public enum ChannelType
{
    /// <summary>A conversation of 2 to 10 fixed members; one per member set.</summary>
    DIRECT,
    /// <summary>A group channel anyone in the application may join.</summary>
    PUBLIC,
    /// <summary>A group channel joined by invitation or by a member adding you.</summary>
    PRIVATE,
}
