namespace Kitty.Abstractions.Sessions;

/// <summary>Whether a user session or chat session is live.</summary>
public enum SessionState
{
    /// <summary>Live.</summary>
    ACTIVE,
    /// <summary>Ended.</summary>
    ENDED,
}
