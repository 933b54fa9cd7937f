namespace Kitty.Abstractions.Messages;

/// <summary>Kinds of reply thread.</summary>
public enum ReplyThreadType
{
    /// <summary>The channel's own conversation; every channel has one.</summary>
    MAIN,
    /// <summary>A named thread created in a channel.</summary>
    STANDALONE,
    /// <summary>The replies to one message.</summary>
    MESSAGE,
}
